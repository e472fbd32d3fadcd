using Microsoft.AspNetCore.Http.Features;

namespace MfaGrains.Api.Http;

/// <summary>
/// Gives the <c>{userId}</c> route value the id the portal sent. Routing decodes every escape in a segment except
/// <c>%2F</c>, so a decoded value holding <c>%</c> is ambiguous (<c>a%2Fb</c> could be <c>a/b</c> sent as
/// <c>a%2Fb</c>, or <c>a%2Fb</c> sent as <c>a%252Fb</c>); such a value is decoded again, once, from the raw request target.
/// </summary>
public static class RawUserIdSegment
{
    private const string RouteValue = "userId";
    private const string UsersPrefix = "/v1/users/";

    /// <summary>Adds the middleware; it must run after routing (which minimal hosting puts first) and before the endpoint.</summary>
    public static IApplicationBuilder UseRawUserIds(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.GetRouteValue(RouteValue) is string routed
                && routed.Contains('%', StringComparison.Ordinal)
                && Segment(context.Features.Get<IHttpRequestFeature>()?.RawTarget) is { } segment
                && string.Equals(DecodedAsRouted(segment), routed, StringComparison.Ordinal))
            {
                context.Request.RouteValues[RouteValue] = Uri.UnescapeDataString(segment);
            }

            return next(context);
        });

    /// <summary>The fully decoded segment after <c>/v1/users/</c> in <paramref name="rawTarget"/>, or null when there is none.</summary>
    public static string? Decode(string? rawTarget) => Segment(rawTarget) is { } segment ? Uri.UnescapeDataString(segment) : null;

    private static string? Segment(string? rawTarget)
    {
        var start = rawTarget?.IndexOf(UsersPrefix, StringComparison.OrdinalIgnoreCase) ?? -1;
        if (start < 0)
        {
            return null;
        }

        start += UsersPrefix.Length;
        var end = rawTarget!.IndexOfAny(['/', '?', '#'], start);
        var segment = rawTarget[start..(end < 0 ? rawTarget.Length : end)];
        return segment.Length == 0 ? null : segment;
    }

    // The server decodes every escape in the path except %2F, which it keeps as sent.
    private static string DecodedAsRouted(string segment) =>
        Uri.UnescapeDataString(segment.Replace("%2F", "%252F", StringComparison.Ordinal).Replace("%2f", "%252f", StringComparison.Ordinal));
}
