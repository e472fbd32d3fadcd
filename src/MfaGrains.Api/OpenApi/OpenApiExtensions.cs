namespace MfaGrains.Api.OpenApi;

/// <summary>The served OpenAPI document: the contract's <c>/v1</c> routes and nothing else.</summary>
public static class OpenApiExtensions
{
    public static IServiceCollection AddMfaOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("v1/", StringComparison.Ordinal) == true;
            options.AddOperationTransformer<ErrorCodesOperationTransformer>();
            options.AddDocumentTransformer<CallerAuthenticationTransformer>();
            options.AddSchemaTransformer<WireSchemaTransformer>();
        });
}
