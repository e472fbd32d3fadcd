using System.Text.Json;
using System.Text.Json.Serialization;

namespace MfaGrains.Api.Http;

/// <summary>The contract's JSON conventions: camelCase names, lower-camelCase enum strings, RFC 3339 UTC times, strict reading.</summary>
public static class MfaJson
{
    /// <summary>Ready-made, read-only options with the conventions applied, for code outside the HTTP pipeline and tests.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Applies the conventions to the API's minimal-API JSON options.</summary>
    public static IServiceCollection AddMfaJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));

    /// <summary>Applies the conventions to <paramref name="options"/>.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;

        // "a missing/ill-typed field: 400": a number in quotes or a null in a non-nullable field is ill-typed.
        options.NumberHandling = JsonNumberHandling.Strict;
        options.RespectRequiredConstructorParameters = true;
        options.RespectNullableAnnotations = true;

        // One reading of every body: a member sent twice, or in two cases (publicKey, PublicKey), is refused rather than
        // one of them being picked by a rule the sender may not share.
        options.AllowDuplicateProperties = false;

        // Integers are refused so that enum values on the wire can never depend on declaration order.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new Rfc3339DateTimeOffsetConverter());
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
