using System.Text.Json;
using System.Text.Json.Serialization;

namespace MfaGrains.Client.Json;

/// <summary>Reads and writes an enum as the contract spells its values: lower camelCase strings, never numbers.</summary>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
