using MfaGrains.Messaging.Gateways;
using MfaGrains.Messaging.Tests.Support;
using MfaGrains.Messaging.Tests.Webhook;
using MfaGrains.Messaging.Webhook;

namespace MfaGrains.Messaging.Tests.Gateways;

/// <summary>
/// Retries happen only where the gateway cannot have seen the request (connect failures), never once it may have sent the
/// code (a timeout, a 5xx). Time is the fake clock throughout: back-offs and timeouts end when the test advances it.
/// </summary>
public sealed class RetryTests
{
    [Fact]
    public async Task Refused_connection_is_retried_twice_then_reported_unreachable()
    {
        var clock = new RetryWatchingClock();
        var url = $"http://127.0.0.1:{ClosedPort.Take()}{FakeWebhookServer.Path}";
        await using var host = SenderHost.Start(WebhookHarness.Settings(url), clock);
        var backOffs = new List<TimeSpan>();

        var result = await clock.CompleteWithBackOffsAsync(host.Sender<WebhookPasscodeSender>().SendAsync(Passcodes.Voice(), CancellationToken.None), backOffs);

        Assert.Equal(PasscodeGatewayErrors.Unreachable, result.Error);
        Assert.Equal(2, backOffs.Count);
    }

    [Fact]
    public async Task Gateway_that_comes_up_during_the_back_off_gets_the_passcode_once()
    {
        var clock = new RetryWatchingClock();
        var port = ClosedPort.Take();
        await using var host = SenderHost.Start(WebhookHarness.Settings($"http://127.0.0.1:{port}{FakeWebhookServer.Path}"), clock);
        FakeWebhookServer? fake = null;

        try
        {
            var result = await clock.CompleteWithBackOffsAsync(
                host.Sender<WebhookPasscodeSender>().SendAsync(Passcodes.Voice(), CancellationToken.None),
                [],
                async () => fake ??= await FakeWebhookServer.StartAsync(WebhookHarness.Secret, clock, port));

            Assert.True(result.Accepted, fake?.RefusalSummary);
            Assert.Single(fake!.Accepted);
        }
        finally
        {
            if (fake is not null)
            {
                await fake.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Timeout_after_the_request_went_out_is_not_retried()
    {
        await using var world = await WebhookHarness.StartAsync();
        world.Fake.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var send = world.Sender.SendAsync(Passcodes.Voice(), CancellationToken.None);
        await world.Fake.Arrived.Task.WaitAsync(Deadline.Step);
        // The attempt timeout (10 s) fires on the fake clock while the gateway still holds the request.
        world.Clock.Advance(TimeSpan.FromSeconds(11));
        var result = await send.WaitAsync(Deadline.Step);
        world.Fake.Hold.SetResult();

        Assert.Equal(PasscodeGatewayErrors.Timeout, result.Error);
        Assert.Equal(1, world.Fake.RequestCount);
    }
}
