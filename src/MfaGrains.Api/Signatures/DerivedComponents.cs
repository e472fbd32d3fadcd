using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MfaGrains.Api.Signatures;

/// <summary>The RFC 9421 §2.2 derived components of a received request.</summary>
internal static class DerivedComponents
{
    /// <summary>Whether the derived component is one this verifier can rebuild.</summary>
    /// <remarks>@query-param needs ;name, @status belongs to responses, @signature-params may not be covered.</remarks>
    public static bool IsSupported(string name) =>
        name is "@method" or "@target-uri" or "@authority" or "@scheme" or "@request-target" or "@path" or "@query";

    /// <summary>The value of a supported derived component; false when the request lacks it (no Host).</summary>
    public static bool TryGetValue(HttpRequest request, string name, out string value)
    {
        value = string.Empty;
        if (name is "@authority" or "@target-uri" && !request.Host.HasValue)
        {
            return false;
        }

        var (path, query) = Target(request);
        value = name switch
        {
            "@method" => request.Method,
            "@target-uri" => $"{Scheme(request)}://{Authority(request)}{path}{query}",
            "@authority" => Authority(request),
            "@scheme" => Scheme(request),
            "@request-target" => path + query,
            "@path" => path,

            // §2.2.7: an absent query is the lone "?".
            "@query" => query.Length == 0 ? "?" : query,
            _ => string.Empty,
        };
        return value.Length > 0;
    }

    private static string Scheme(HttpRequest request) => request.Scheme.ToLowerInvariant();

    // §2.2.3: lower-cased, without the default port of the scheme.
    private static string Authority(HttpRequest request)
    {
        var authority = (request.Host.Value ?? string.Empty).ToLowerInvariant();
        var defaultPort = Scheme(request) switch
        {
            "https" => ":443",
            "http" => ":80",
            _ => null,
        };
        return defaultPort is not null && authority.EndsWith(defaultPort, StringComparison.Ordinal)
            ? authority[..^defaultPort.Length]
            : authority;
    }

    // §2.2.6 wants the path as sent, percent-encoding untouched, so the raw request target is preferred;
    // hosts without one (test contexts) fall back to the parsed, re-encoded path.
    private static (string Path, string Query) Target(HttpRequest request)
    {
        var raw = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (!string.IsNullOrEmpty(raw) && raw[0] == '/')
        {
            var mark = raw.IndexOf('?', StringComparison.Ordinal);
            return mark < 0 ? (raw, string.Empty) : (raw[..mark], raw[mark..]);
        }

        var path = request.PathBase.Add(request.Path).ToUriComponent();
        return (path.Length == 0 ? "/" : path, request.QueryString.Value ?? string.Empty);
    }
}
