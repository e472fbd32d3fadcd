using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace MfaGrains.Push.Tests.Fcm;

/// <summary>The fake is only worth something if it rejects what FCM (or our contract) rejects; these prove it does.</summary>
public sealed class FakeFcmServerTests : IAsyncLifetime, IDisposable
{
    private const string Valid = """{"message":{"token":"t","data":{"type":"mfaChallenge","challengeId":"chl_1","deviceId":"dev_1"},"android":{"priority":"high","ttl":"57s"}}}""";

    private readonly TestServiceAccount _account = new();
    private FakeFcmServer _fake = null!;
    private readonly HttpClient _client = new();

    public async Task InitializeAsync() => _fake = await FakeFcmServer.StartAsync(FakeFcmIdentity.Of(_account));

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose()
    {
        _client.Dispose();
        _account.Dispose();
    }

    [Fact]
    public async Task Accepts_the_contract_message()
    {
        using var response = await PostAsync(Valid);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_fake.Violations);
    }

    [Theory]
    [InlineData("""{"message":{"token":"t","notification":{"title":"Sign in"},"data":{"type":"mfaChallenge","challengeId":"c","deviceId":"d"},"android":{"priority":"high","ttl":"5s"}}}""")]
    [InlineData("""{"message":{"token":"t","data":{"type":"mfaChallenge","challengeId":"c","deviceId":"d","number":"42"},"android":{"priority":"high","ttl":"5s"}}}""")]
    [InlineData("""{"message":{"token":"t","data":{"type":"mfaChallenge","challengeId":"c","deviceId":7},"android":{"priority":"high","ttl":"5s"}}}""")]
    [InlineData("""{"message":{"token":"t","data":{"type":"mfaChallenge","challengeId":"42","deviceId":"d"},"android":{"priority":"high","ttl":"5s"}}}""")]
    [InlineData("""{"message":{"token":"t","topic":"all","data":{"type":"mfaChallenge","challengeId":"c","deviceId":"d"},"android":{"priority":"high","ttl":"5s"}}}""")]
    [InlineData("""{"message":{"token":"t","data":{"type":"mfaChallenge","challengeId":"c","deviceId":"d","google.x":"y"},"android":{"priority":"high","ttl":"5s"}}}""")]
    [InlineData("""{"message":{"token":"t","data":{"type":"mfaChallenge","challengeId":"c","deviceId":"d"},"android":{"priority":"normal","ttl":"5s"}}}""")]
    [InlineData("""{"message":{"token":"t","data":{"type":"mfaChallenge","challengeId":"c","deviceId":"d"},"android":{"priority":"high","ttl":"5"}}}""")]
    [InlineData("""{"message":{"token":"t","data":{"type":"mfaChallenge","challengeId":"c","deviceId":"d"},"android":{"priority":"high","ttl":"2419201s"}}}""")]
    [InlineData("""{"message":{"token":"t","data":{"type":"mfaChallenge","challengeId":"c","deviceId":"d"},"android":{"priority":"high","ttl":"5s","collapseKey":"x"}}}""")]
    [InlineData("""{"message":{"token":"t","data":{"type":"mfaChallenge","challengeId":"c","deviceId":"d"},"android":{"priority":"high","ttl":"5s"}},"dry_run":true}""")]
    public async Task Rejects_a_body_fcm_or_the_contract_would_reject(string body)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"status\":\"INVALID_ARGUMENT\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(_fake.Violations);
    }

    [Fact]
    public async Task Rejects_a_bearer_token_it_never_issued()
    {
        using var response = await PostAsync(Valid, accessToken: "ya29.forged");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(
            """{"error":{"code":401,"message":"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.","status":"UNAUTHENTICATED"}}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Rejects_another_project()
    {
        using var response = await PostAsync(Valid, project: "someone-else");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Rejects_a_form_instead_of_json()
    {
        using var response = await PostAsync(Valid, mediaType: "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Token_endpoint_rejects_an_assertion_signed_with_another_key()
    {
        using var otherAccount = new TestServiceAccount();
        var forged = Google.Apis.Auth.OAuth2.CredentialFactory
            .FromJson<Google.Apis.Auth.OAuth2.ServiceAccountCredential>(File.ReadAllText(otherAccount.WriteKeyFile(_fake.TokenUri)))
            .ToGoogleCredential().CreateScoped("https://www.googleapis.com/auth/firebase.messaging");

        await Assert.ThrowsAsync<Google.Apis.Auth.OAuth2.Responses.TokenResponseException>(
            () => ((Google.Apis.Auth.OAuth2.ITokenAccess)forged).GetAccessTokenForRequestAsync().WaitAsync(FcmTestHost.Deadline));
        Assert.Contains(_fake.Violations, v => v.Contains("invalid_grant", StringComparison.Ordinal));
        Assert.Equal(1, _fake.TokenRequests);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? accessToken = null, string? project = null, string mediaType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_fake.BaseUrl, $"/v1/projects/{project ?? _account.ProjectId}/messages:send"))
        {
            Content = new StringContent(body, Encoding.UTF8, mediaType),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken ?? _fake.IssueAccessToken());
        return await _client.SendAsync(request).WaitAsync(FcmTestHost.Deadline);
    }
}
