using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;
using MfaGrains.Client.Http;

namespace MfaGrains.Client;

/// <summary>
/// A relying party's portal calling the engine (<c>/v1/users/…</c>) with its bearer API key. The <see cref="HttpClient"/>
/// needs a <see cref="HttpClient.BaseAddress"/>; register it with <c>AddMfaPortalClient</c> or pass one you own.
/// A refusal throws <see cref="MfaProblemException"/> carrying the contract's <c>code</c> and any <c>Retry-After</c>.
/// </summary>
public sealed partial class MfaPortalClient
{
    private readonly MfaHttp http;
    private readonly AuthenticationHeaderValue authorization;

    /// <param name="clock">Used to read an HTTP-date <c>Retry-After</c>; the system clock by default.</param>
    public MfaPortalClient(HttpClient http, string apiKey, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        this.http = new MfaHttp(http, clock ?? TimeProvider.System);
        authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    private static string User(string userId) => "v1/users/" + Uri.EscapeDataString(userId);

    private static string Segment(string id) => "/" + Uri.EscapeDataString(id);

    private HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = authorization;
        return request;
    }

    private HttpRequestMessage Request<TBody>(HttpMethod method, string path, TBody body, JsonTypeInfo<TBody> type) =>
        Request(method, path, MfaHttp.Body(body, type));
}
