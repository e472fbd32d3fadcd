using System.Globalization;
using System.Net;
using System.Text.Json;
using MfaGrains.Load.Engine;

namespace MfaGrains.Load.Http;

/// <summary>Sends one request and turns the answer into a <see cref="Response"/>: the expected status is ok, anything else fails with its problem <c>code</c>.</summary>
public static class ApiCall
{
    /// <summary>The problem type of the engine's admission refusals (a 503 with no contract code).</summary>
    public const string OverloadedType = "https://mfagrains.dev/problems/overloaded";

    public static async Task<Response<JsonElement>> SendAsync(HttpClient http, HttpRequestMessage request, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.StatusCode != expected)
            {
                var (code, message) = ReadProblem(body);
                return Response.Fail<JsonElement>(status, code ?? "unexpected_status", message ?? $"expected {(int)expected}, got {status}");
            }

            var isJson = response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true;
            return Response.Ok(isJson && body.Length > 0 ? JsonDocument.Parse(body).RootElement.Clone() : default, status);
        }
    }

    /// <summary>The <c>code</c> and "title: detail" of an RFC 9457 problem body, or nulls when the body is not one.</summary>
    public static (string? Code, string? Message) ReadProblem(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var code = Text(root, "code") ?? (Text(root, "type") == OverloadedType ? Response.RefusedByAdmission : null);
            return (code, $"{Text(root, "title")}: {Text(root, "detail")}");
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    /// <summary>A string member of a JSON object, or null.</summary>
    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
