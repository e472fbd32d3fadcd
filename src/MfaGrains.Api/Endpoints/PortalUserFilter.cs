using MfaGrains.Api.Http;
using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Endpoints;

/// <summary>Refuses a <c>{userId}</c> that breaks the contract's rules before any grain is touched.</summary>
public sealed class PortalUserFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        UserIds.TryNormalize(context.HttpContext.GetRouteValue("userId") as string, out _)
            ? next(context)
            : ValueTask.FromResult<object?>(Problem.For(MfaErrorCode.ValidationFailed, $"userId must be 1-{UserIds.MaxLength} characters without control characters."));
}
