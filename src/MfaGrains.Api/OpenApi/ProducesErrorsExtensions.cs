using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.OpenApi;

/// <summary>Declares a route's contract errors once: their problem responses and their codes for the OpenAPI document.</summary>
public static class ProducesErrorsExtensions
{
    public static TBuilder ProducesErrors<TBuilder>(this TBuilder builder, params MfaErrorCode[] codes)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in codes.Select(code => ProblemCatalogue.Get(code).Status).Distinct())
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
        }

        return builder.WithMetadata(new ErrorCodesMetadata(codes));
    }
}
