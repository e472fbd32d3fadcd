using System.Net;
using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>Behind the configured proxy each client address is its own throttle bucket; nobody else can claim one.</summary>
public sealed class TrustedProxyTests(TrustedProxyTests.Engine engine) : IClassFixture<TrustedProxyTests.Engine>
{
    [Fact]
    public async Task Ten_wrong_codes_through_the_proxy_block_that_phone_only()
    {
        for (var i = 0; i < 10; i++)
        {
            await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "invalid_activation_code", await Guess("198.51.100.7", i));
        }

        await TestPortal.ExpectProblem(HttpStatusCode.TooManyRequests, "too_many_attempts", await Guess("198.51.100.7", 10));
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "invalid_activation_code", await Guess("198.51.100.8", 11));

        // A client's own claim left of the proxy's entry is not believed: the proxy appends the real address last.
        await TestPortal.ExpectProblem(HttpStatusCode.TooManyRequests, "too_many_attempts", await Guess("203.0.113.1, 198.51.100.7", 12));
    }

    [Fact]
    public async Task An_ipv6_client_is_bucketed_by_its_64()
    {
        for (var i = 0; i < 10; i++)
        {
            await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "invalid_activation_code", await Guess($"2001:db8:7:7::{i + 1:x}", i));
        }

        await TestPortal.ExpectProblem(HttpStatusCode.TooManyRequests, "too_many_attempts", await Guess("2001:db8:7:7:ffff::1", 10));
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "invalid_activation_code", await Guess("2001:db8:7:8::1", 11));
    }

    /// <summary>A fresh phone's activation with <paramref name="code"/>, carrying <paramref name="forwardedFor"/> as a proxy would.</summary>
    internal static async Task<HttpResponseMessage> Guess(EngineFixture engine, string forwardedFor, int code)
    {
        using var phone = engine.NewPhone();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/devices");
        var body = System.Text.Encoding.UTF8.GetBytes(phone.ActivationBody($"{code:D9}").ToJsonString());
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        phone.Signer.Sign(request, body, engine.Host.Clock.GetUtcNow());
        return await engine.Http.SendAsync(request);
    }

    private Task<HttpResponseMessage> Guess(string forwardedFor, int code) => Guess(engine, forwardedFor, code);

    /// <summary>An engine that takes loopback (where the tests connect from) as its one known proxy.</summary>
    public sealed class Engine() : EngineFixture(new EngineHost(new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" }));
}

/// <summary>Without a configured proxy the header is the client's own claim, and ignored.</summary>
public sealed class UntrustedForwardedForTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_forwarded_for_header_from_an_unknown_sender_does_not_make_a_new_bucket()
    {
        for (var i = 0; i < 10; i++)
        {
            using var phone = engine.NewPhone();
            await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "invalid_activation_code", await phone.Activate($"{i:D9}"));
        }

        await TestPortal.ExpectProblem(HttpStatusCode.TooManyRequests, "too_many_attempts", await TrustedProxyTests.Guess(engine, "192.0.2.44", 99));
    }
}
