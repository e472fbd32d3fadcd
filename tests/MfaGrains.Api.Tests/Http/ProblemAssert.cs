using System.Net;
using System.Text.Json;

namespace MfaGrains.Api.Tests.Http;

/// <summary>Assertions on problem responses received over HTTP; they check the machine-readable code, never prose.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        if (code is null)
        {
            Assert.False(problem.TryGetProperty("code", out _), body);
        }
        else
        {
            Assert.Equal(code, problem.GetProperty("code").GetString());
            Assert.Equal("https://mfagrains.dev/problems/" + code, problem.GetProperty("type").GetString());
        }

        return problem;
    }
}
