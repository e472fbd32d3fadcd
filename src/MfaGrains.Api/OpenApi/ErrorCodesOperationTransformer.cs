using System.Text;
using MfaGrains.Api.Problems;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MfaGrains.Api.OpenApi;

/// <summary>Writes each route's contract error codes into its OpenAPI responses, so integrators see which codes each status carries.</summary>
public sealed class ErrorCodesOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var codes = context.Description.ActionDescriptor.EndpointMetadata.OfType<ErrorCodesMetadata>().SelectMany(m => m.Codes).Distinct().ToList();
        if (codes.Count == 0 || operation.Responses is null)
        {
            return Task.CompletedTask;
        }

        foreach (var group in codes.Select(ProblemCatalogue.Get).GroupBy(d => d.Status))
        {
            var key = group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.TryGetValue(key, out var response) && response is OpenApiResponse concrete)
            {
                var text = new StringBuilder("Problem details; `code` is one of: ");
                text.AppendJoin(", ", group.Select(d => $"`{d.WireCode}`"));
                concrete.Description = text.ToString();
            }
        }

        return Task.CompletedTask;
    }
}
