using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using MfaGrains.Api.Portal;
using MfaGrains.Api.Tests.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Tests.Portal;

public sealed class PortalAuthenticationTests : IAsyncLifetime
{
    private const string NhsMailKey = "k_5Qz1m0PpYc3Vb8wRt2Lx9Hn4Sd7Fg6Jk";
    private const string OtherKey = "k_Another0Random1Portal2Key3Value4";

    private LoopbackApp app = null!;

    public async Task InitializeAsync() =>
        app = await StartAsync(new Dictionary<string, string?>
        {
            ["Portal:Clients:0:Name"] = "NHSmail",
            ["Portal:Clients:0:KeyHash"] = Sha256Hex(NhsMailKey),
            ["Portal:Clients:1:Name"] = "Other portal",
            ["Portal:Clients:1:KeyHash"] = Sha256Hex(OtherKey).ToUpperInvariant(),
        });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_right_key_authenticates_as_its_portal_client()
    {
        Assert.Equal("NHSmail", await WhoAmIAsync(NhsMailKey));
        Assert.Equal("Other portal", await WhoAmIAsync(OtherKey));
    }

    [Fact]
    public async Task The_bearer_scheme_name_is_case_insensitive()
    {
        using var request = WhoAmIRequest();
        request.Headers.TryAddWithoutValidation("Authorization", "bearer " + NhsMailKey);

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_key_is_an_unauthenticated_problem()
    {
        using var request = WhoAmIRequest();

        using var response = await app.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Theory]
    [InlineData("Bearer k_wrong")]
    [InlineData("Bearer ")]
    [InlineData("Basic bmhzbWFpbDpzZWNyZXQ=")]
    [InlineData(NhsMailKey)]
    public async Task A_wrong_or_malformed_key_is_an_unauthenticated_problem(string authorization)
    {
        using var request = WhoAmIRequest();
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await app.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.DoesNotContain(NhsMailKey, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hash_of_a_key_is_not_a_key()
    {
        using var request = WhoAmIRequest();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Sha256Hex(NhsMailKey));

        using var response = await app.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Theory]
    [InlineData("", "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("Portal", "not-a-hash")]
    [InlineData("Portal", "00000000000000000000000000000000000000000000000000000000000000")]
    public async Task A_bad_client_entry_stops_start_up(string name, string keyHash)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>
        {
            ["Portal:Clients:0:Name"] = name,
            ["Portal:Clients:0:KeyHash"] = keyHash,
        }));

        Assert.Contains("Portal:Clients:0", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(keyHash, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_clients_with_the_same_key_stop_start_up()
    {
        var hash = Sha256Hex(NhsMailKey);

        await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>
        {
            ["Portal:Clients:0:Name"] = "One",
            ["Portal:Clients:0:KeyHash"] = hash,
            ["Portal:Clients:1:Name"] = "Two",
            ["Portal:Clients:1:KeyHash"] = hash,
        }));
    }

    [Theory]
    [InlineData("Production", HttpStatusCode.Unauthorized)]
    [InlineData("Staging", HttpStatusCode.Unauthorized)]
    [InlineData("Development", HttpStatusCode.OK)]
    public async Task The_shipped_settings_accept_dev_portal_key_only_in_development(string environment, HttpStatusCode expected)
    {
        // The settings files as the API host loads them: appsettings.json, then appsettings.{environment}.json if present.
        var folder = RepositoryRoot.Combine("src", "MfaGrains.Api");
        var shipped = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(folder, "appsettings.json"), optional: false)
            .AddJsonFile(Path.Combine(folder, $"appsettings.{environment}.json"), optional: true)
            .Build();
        await using var shippedApp = await StartAsync(shipped.AsEnumerable().ToDictionary(pair => pair.Key, pair => pair.Value));

        using var request = WhoAmIRequest();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "dev-portal-key");
        using var response = await shippedApp.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<string> WhoAmIAsync(string key)
    {
        using var request = WhoAmIRequest();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static HttpRequestMessage WhoAmIRequest() => new(HttpMethod.Get, new Uri("/v1/users/jane/whoami", UriKind.Relative));

    private static Task<LoopbackApp> StartAsync(Dictionary<string, string?> settings) =>
        LoopbackApp.StartAsync(
            web =>
            {
                web.UseAuthentication();
                web.UseAuthorization();
                web.MapGet("/v1/users/{userId}/whoami", (HttpContext context) => context.PortalClientName())
                    .RequireAuthorization(PortalAuthentication.Policy);
            },
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Services.AddPortalAuthentication(builder.Configuration);
            });

    private static string Sha256Hex(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
