using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;
using Orleans.Runtime;

namespace MfaGrains.Api.Operations;

/// <summary>
/// Refuses a dashboard route's silo address that does not parse (<c>/dashboard/SiloCounters/%G1</c>) with 400, where
/// the dashboard itself would let the parser's exception become a 500.
/// </summary>
public sealed class SiloAddressRouteFilter : IEndpointFilter
{
    // The dashboard's routes that take a silo address: /SiloCounters/{*address} and the like, and /HistoricalStats/{*path}.
    private const string HistoricalStats = "HistoricalStats";

    /// <inheritdoc/>
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var address = http.GetRouteValue("address") as string
            ?? ((http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText?.Contains(HistoricalStats, StringComparison.Ordinal) == true
                ? http.GetRouteValue("path") as string ?? string.Empty
                : null);
        return address is null || Parses(address)
            ? next(context)
            : ValueTask.FromResult<object?>(Problem.For(MfaErrorCode.ValidationFailed, "The silo address is not one."));
    }

    private static bool Parses(string address)
    {
        try
        {
            SiloAddress.FromParsableString(address);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return false;
        }
    }
}
