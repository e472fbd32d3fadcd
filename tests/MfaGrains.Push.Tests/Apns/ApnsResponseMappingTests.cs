using System.Net;
using System.Net.Sockets;
using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Tests.Apns;

/// <summary>Apple's answers become the engine's outcomes as push-providers.md §2.5 says; only the caller's cancellation throws.</summary>
public sealed class ApnsResponseMappingTests : IAsyncLifetime
{
    private ApnsHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ApnsHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData(410, "Unregistered")]
    [InlineData(410, "ExpiredToken")]
    [InlineData(400, "BadDeviceToken")]
    [InlineData(400, "DeviceTokenNotForTopic")]
    public async Task Dead_token_answers_drop_the_token(int status, string reason)
    {
        var result = await SendScripted(reason == "Unregistered" ? FakeApnsReply.Unregistered(_harness.Time.GetUtcNow().AddHours(-3)) : new FakeApnsReply(status, reason));

        Assert.Equal(new PushResult(PushOutcome.DropToken, status, reason, result.MessageId, null), result);
        Assert.NotNull(result.MessageId);
    }

    [Theory]
    [InlineData(429, "TooManyRequests", 7)]
    [InlineData(429, "TooManyRequests", null)]
    [InlineData(500, "InternalServerError", null)]
    [InlineData(503, "ServiceUnavailable", 30)]
    [InlineData(503, "Shutdown", null)]
    [InlineData(400, "IdleTimeout", null)]
    [InlineData(429, "TooManyProviderTokenUpdates", null)]
    public async Task Passing_faults_are_retryable_with_retry_after_when_given(int status, string reason, int? retryAfterSeconds)
    {
        TimeSpan? retryAfter = retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null;

        var result = await SendScripted(new FakeApnsReply(status, reason, retryAfter));

        Assert.Equal(new PushResult(PushOutcome.Retryable, status, reason, result.MessageId, retryAfter), result);
    }

    [Theory]
    [InlineData(400, "BadTopic")]
    [InlineData(400, "PayloadEmpty")]
    [InlineData(403, "InvalidProviderToken")]
    [InlineData(403, "BadEnvironmentKeyIdInToken")]
    [InlineData(413, "PayloadTooLarge")]
    [InlineData(400, "SomethingAppleAddedLater")]
    public async Task Configuration_faults_and_unknown_reasons_are_fatal(int status, string reason)
    {
        var result = await SendScripted(new FakeApnsReply(status, reason));

        Assert.Equal(new PushResult(PushOutcome.Fatal, status, reason, result.MessageId, null), result);
    }

    [Fact]
    public async Task Transport_failure_is_retryable()
    {
        // A port that was free a moment ago: nothing listens, so the connection is refused.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var harness = ApnsHarness.ForUrl($"http://127.0.0.1:{port}");

        var result = await harness.SendAsync(harness.Message(ApnsHarness.NewDeviceToken()));

        Assert.Equal(new PushResult(PushOutcome.Retryable, null, "TransportError", null, null), result);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _harness.Sender.SendAsync(_harness.Message(ApnsHarness.NewDeviceToken()), cancelled.Token));
    }

    private Task<PushResult> SendScripted(FakeApnsReply reply)
    {
        var token = ApnsHarness.NewDeviceToken();
        _harness.Apns.Script(token, reply);
        return _harness.SendAsync(_harness.Message(token));
    }
}
