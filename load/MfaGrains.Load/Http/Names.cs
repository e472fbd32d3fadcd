using System.Text.Json;

namespace MfaGrains.Load.Http;

/// <summary>A contract enum value as the engine spells it (<c>wrongNumber</c>), for error codes and messages that match the wire.</summary>
public static class Names
{
    public static string Of<TEnum>(TEnum? value)
        where TEnum : struct, Enum =>
        value is { } known ? JsonNamingPolicy.CamelCase.ConvertName(known.ToString()) : "none";

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
