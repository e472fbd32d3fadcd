using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MfaGrains.Api.OpenApi;

/// <summary>
/// Says in the document how each caller authenticates: the portal's bearer API key on <c>/v1/users</c>, and on
/// <c>/v1/devices</c> the RFC 9421 signature headers, which OpenAPI has no security scheme for.
/// </summary>
public sealed class CallerAuthenticationTransformer : IOpenApiDocumentTransformer
{
    private const string PortalScheme = "portalApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.AddComponent<IOpenApiSecurityScheme>(PortalScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A portal client's API key: `Authorization: Bearer <key>`.",
        });

        foreach (var (path, item) in document.Paths)
        {
            foreach (var operation in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                if (path.StartsWith("/v1/users", StringComparison.Ordinal))
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(PortalScheme, document)] = [] }];
                }
                else if (path.StartsWith("/v1/devices", StringComparison.Ordinal))
                {
                    operation.Parameters ??= [];
                    foreach (var header in SignatureHeaders)
                    {
                        operation.Parameters.Add(header);
                    }
                }
            }
        }

        return Task.CompletedTask;
    }

    private static readonly OpenApiParameter[] SignatureHeaders =
    [
        Header("Signature-Input", true,
            "RFC 9421: `sig1=(\"@method\" \"@path\" \"content-digest\");created=<unix seconds>;keyid=\"<deviceId>\";alg=\"ecdsa-p256-sha256\"` "
            + "(without `content-digest` when there is no body). `created` within 300 s of the server's clock."),
        Header("Signature", true, "RFC 9421: `sig1=:<base64 of the 64-byte r||s ECDSA P-256 SHA-256 signature>:` with the device's key."),
        Header("Content-Digest", false, "RFC 9530: `sha-256=:<base64 SHA-256 of the body>:`; required when there is a body."),
    ];

    private static OpenApiParameter Header(string name, bool required, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = required,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
