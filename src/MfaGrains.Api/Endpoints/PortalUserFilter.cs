using MfaGrains.Api.Http;

namespace MfaGrains.Api.Endpoints;

/// <summary>Refuses a <c>{userId}</c> that breaks the contract's rules before any grain is touched.</summary>
public sealed class PortalUserFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        UserIds.TryNormalize(context.HttpContext.GetRouteValue("userId") as string, out _)
            ? next(context)
            : ValueTask.FromResult<object?>(UserIds.Invalid());
}
