using System.Collections.Frozen;
using System.Text.Json;

namespace MfaGrains.Grains.Users.Events;

/// <summary>
/// The words the audit log stores: camelCase enum names, as the API writes the same enums (<c>SignIn</c> →
/// <c>signIn</c>), so a challenge's audit row reads like its JSON.
/// </summary>
public static class AuditNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByValue[value];

    public static string? Of<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } present ? Of(present) : null;

    // Computed once per enum type; immutable afterwards.
    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));
    }
}
