using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MfaGrains.Api.OpenApi;

/// <summary>
/// Makes schemas say what the wire carries: members omitted when null are optional (those marked to be sent as null
/// stay required), times are RFC 3339 strings,
/// and problem details carry the contract's <c>code</c>.
/// </summary>
public sealed class WireSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?))
        {
            schema.Type = type == typeof(DateTimeOffset) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "date-time";
        }

        if (schema.Required is { Count: > 0 } required)
        {
            foreach (var property in context.JsonTypeInfo.Properties.Where(p => p.IsGetNullable && !IsAlwaysWritten(p)))
            {
                required.Remove(property.Name);
            }
        }

        if (type == typeof(Microsoft.AspNetCore.Mvc.ProblemDetails) && schema.Properties is { } properties)
        {
            properties["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The contract's machine-readable error code (snake_case)." };
        }

        return Task.CompletedTask;
    }

    private static bool IsAlwaysWritten(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: false)
            .OfType<JsonIgnoreAttribute>()
            .Any(ignore => ignore.Condition == JsonIgnoreCondition.Never) == true;
}
