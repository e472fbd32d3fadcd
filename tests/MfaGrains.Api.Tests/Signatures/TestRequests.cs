using MfaGrains.Api.Signatures;
using MfaGrains.Api.Tests.Phones;
using Microsoft.AspNetCore.Http;

namespace MfaGrains.Api.Tests.Signatures;

/// <summary>Builds received requests as ASP.NET Core would present them, and runs the two verification steps.</summary>
internal static class TestRequests
{
    public const string Host = "mfa.example";

    public static HttpRequest Create(
        string method,
        string pathAndQuery,
        IEnumerable<KeyValuePair<string, string>> headers,
        byte[]? body = null,
        string host = Host,
        string scheme = "https")
    {
        var context = new DefaultHttpContext();
        var request = context.Request;
        var mark = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        request.Method = method;
        request.Scheme = scheme;
        request.Host = new HostString(host);
        request.Path = PathString.FromUriComponent(mark < 0 ? pathAndQuery : pathAndQuery[..mark]);
        request.QueryString = mark < 0 ? QueryString.Empty : new QueryString(pathAndQuery[mark..]);
        foreach (var (name, value) in headers)
        {
            request.Headers.Append(name, value);
        }

        request.Body = new MemoryStream(body ?? []);
        return request;
    }

    /// <summary>A request carrying exactly the headers the phone produced.</summary>
    public static HttpRequest Signed(
        TestPhoneSigner phone,
        string method,
        string path,
        byte[]? body,
        DateTimeOffset created,
        TestPhoneSigner.Options? options = null,
        IEnumerable<KeyValuePair<string, string>>? extraHeaders = null)
    {
        var signature = phone.CreateHeaders(method, path, body, created, options);
        var headers = new List<KeyValuePair<string, string>>(extraHeaders ?? [])
        {
            new("Signature-Input", signature.SignatureInput),
            new("Signature", signature.Signature),
        };
        if (signature.ContentDigest is not null)
        {
            headers.Add(new("Content-Digest", signature.ContentDigest));
        }

        return Create(method, path, headers, body);
    }

    /// <summary>What the server sees of an <see cref="HttpRequestMessage"/>: method, target, all headers, body.</summary>
    public static HttpRequest FromMessage(HttpRequestMessage message, byte[] body)
    {
        var headers = message.Headers.Concat(message.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .SelectMany(header => header.Value.Select(value => new KeyValuePair<string, string>(header.Key, value)));
        var uri = message.RequestUri!;
        return Create(message.Method.Method, uri.PathAndQuery, headers, body, uri.Authority, uri.Scheme);
    }

    /// <summary>Parse, then verify with the given key: the order the API follows.</summary>
    public static SignatureCheck Check(HttpRequest request, byte[]? body, string x, string y, DateTimeOffset now, TimeSpan? maxClockSkew = null) =>
        SignedRequest.TryParse(request, out var signedRequest, out var failure)
            ? signedRequest.Verify(x, y, body ?? [], now, maxClockSkew)
            : SignatureCheck.Invalid(failure);

    public static SignatureCheck Check(HttpRequest request, byte[]? body, TestPhoneSigner key, DateTimeOffset now, TimeSpan? maxClockSkew = null) =>
        Check(request, body, key.PublicKeyX, key.PublicKeyY, now, maxClockSkew);
}
