using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MfaGrains.Client.Json;

namespace MfaGrains.Client.Http;

/// <summary>Sends one request and reads the contract's answer: the JSON body on success, a <see cref="MfaProblemException"/> otherwise.</summary>
internal sealed class MfaHttp(HttpClient http, TimeProvider clock)
{
    public HttpClient Client => http;

    public TimeProvider Clock => clock;

    /// <summary>A JSON body, serialized once.</summary>
    public static ByteArrayContent Body<T>(T value, JsonTypeInfo<T> type) => JsonContent(JsonSerializer.SerializeToUtf8Bytes(value, type));

    /// <summary>JSON already serialized (the phone signs exactly these bytes).</summary>
    public static ByteArrayContent JsonContent(byte[] utf8Json)
    {
        var content = new ByteArrayContent(utf8Json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            await EnsureSuccessAsync(response, cancellationToken);

            // The body is already buffered (ResponseContentRead): reading it synchronously skips an async state machine per call.
            using var body = response.Content.ReadAsStream(cancellationToken);
            return JsonSerializer.Deserialize(body, type)
                ?? throw new JsonException($"The engine answered {(int)response.StatusCode} with an empty body.");
        }
    }

    public async Task SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            await EnsureSuccessAsync(response, cancellationToken);
        }
    }

    public async Task<byte[]> SendForBytesAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            await EnsureSuccessAsync(response, cancellationToken);
            return await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
    }

    /// <summary>Throws the engine's problem for any non-2xx answer; a body that is not a problem still gives its status.</summary>
    public async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var problem = await ReadProblemAsync(response, cancellationToken)
            ?? new MfaProblem(null, response.ReasonPhrase, (int)response.StatusCode, null, null);
        throw new MfaProblemException(response.StatusCode, problem, RetryAfterHeader.Read(response.Headers, clock));
    }

    private static async Task<MfaProblem?> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonSerializer.DeserializeAsync(body, ClientJson.Default.MfaProblem, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
