using System.Collections.Frozen;
using System.Text.Json;

namespace MfaGrains.Grains.Metrics;

/// <summary>
/// Label values for the engine's metrics: the snake_case of an enum member's name (<c>SignIn</c> → <c>sign_in</c>), the
/// same rule as the contract's wire error codes. Closed sets only, so no label can carry an identifier, number or code.
/// </summary>
public static class MetricLabels
{
    /// <summary>The value of a label that does not apply, such as the reason of an approved challenge.</summary>
    public const string None = "none";

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByValue.TryGetValue(value, out var name) ? name : "other";

    public static string Of<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } present ? Of(present) : None;

    // Computed once per enum type; immutable afterwards.
    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));
    }
}
