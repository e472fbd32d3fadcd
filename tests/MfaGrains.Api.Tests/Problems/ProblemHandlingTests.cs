using System.Net;
using System.Net.Http.Json;
using System.Text;
using MfaGrains.Api.Problems;
using MfaGrains.Api.Tests.Http;
using Orleans.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MfaGrains.Api.Tests.Problems;

public sealed class ProblemHandlingTests : IAsyncLifetime
{
    private LoopbackApp app = null!;

    public async Task InitializeAsync() =>
        app = await LoopbackApp.StartAsync(web =>
        {
            web.MapPost("/v1/things", (Thing thing) => Results.Ok(thing));
            web.MapGet("/v1/fault", string () => throw new InvalidOperationException("secret connection string"));
            web.MapGet("/v1/silo-gone", string () => throw new SiloUnavailableException("user-jane.doe@nhs.net is on a dead silo"));
            web.MapGet("/v1/call-timeout", string () => throw new TimeoutException("Response did not arrive on time"));
            web.MapGet("/v1/wait", (int waitSeconds) => Results.Ok(waitSeconds));
        });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task An_unmatched_route_is_a_not_found_problem()
    {
        using var response = await app.Client.GetAsync(new Uri("/v1/nothing/here", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_wrong_method_keeps_405_and_allow_with_the_not_found_code()
    {
        using var response = await app.Client.DeleteAsync(new Uri("/v1/things", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed, "not_found");
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Malformed_json_is_validation_failed()
    {
        using var response = await PostAsync("{\"name\": \"jane\",", "application/json");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task An_ill_typed_field_is_validation_failed_naming_the_field_but_not_echoing_the_value()
    {
        using var response = await PostAsync("{\"name\": \"jane\", \"count\": \"sneaky-value\"}", "application/json");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("$.count", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("sneaky-value", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_field_is_validation_failed()
    {
        using var response = await PostAsync("{\"count\": 3}", "application/json");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task A_missing_body_is_validation_failed()
    {
        using var response = await PostAsync("", "application/json");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_unsupported_media_type()
    {
        using var response = await PostAsync("name=jane", "application/x-www-form-urlencoded");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task An_unparsable_query_value_is_validation_failed()
    {
        using var response = await app.Client.GetAsync(new Uri("/v1/wait?waitSeconds=soon", UriKind.Relative));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.DoesNotContain("soon", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_exception_is_a_codeless_500_that_reveals_nothing()
    {
        using var response = await app.Client.GetAsync(new Uri("/v1/fault", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError, code: null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/silo-gone")]
    [InlineData("/v1/call-timeout")]
    public async Task A_cluster_failure_is_a_codeless_503_with_retry_after_that_names_no_grain(string path)
    {
        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, code: null);
        Assert.Equal(TimeSpan.FromSeconds(UnavailableProblems.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("jane", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_request_is_untouched()
    {
        using var response = await PostAsync("{\"name\": \"jane\", \"count\": 3}", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Thing("jane", 3), await response.Content.ReadFromJsonAsync<Thing>());
    }

    private Task<HttpResponseMessage> PostAsync(string body, string mediaType) =>
        app.Client.PostAsync(new Uri("/v1/things", UriKind.Relative), new StringContent(body, Encoding.UTF8, mediaType));

    public sealed record Thing(string Name, int? Count);
}
