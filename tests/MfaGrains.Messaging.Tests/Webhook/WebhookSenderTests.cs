using MfaGrains.Messaging.Gateways;
using MfaGrains.Messaging.Sending;
using MfaGrains.Messaging.Tests.Support;

namespace MfaGrains.Messaging.Tests.Webhook;

/// <summary>The webhook sender against the strict fake gateway: a verifiable signature, the documented body, statuses mapped.</summary>
public sealed class WebhookSenderTests
{
    [Fact]
    public async Task Voice_passcode_is_posted_signed_and_accepted()
    {
        await using var world = await WebhookHarness.StartAsync();

        var result = await world.Sender.SendAsync(Passcodes.Voice("psc-voice"), CancellationToken.None).WaitAsync(Deadline.Step);

        Assert.True(result.Accepted, world.Fake.RefusalSummary);
        Assert.Null(result.Error);
        var received = Assert.Single(world.Fake.Accepted);
        Assert.Equal(("voice", Passcodes.PhoneNumber, Passcodes.Code, TestClock.Start.AddMinutes(5), "psc-voice", TestClock.Start.ToUnixTimeSeconds()),
            (received.Channel, received.PhoneNumber, received.Code, received.ExpiresAt, received.Reference, received.Timestamp));
    }

    [Fact]
    public async Task By_default_only_voice_is_served()
    {
        await using var world = await WebhookHarness.StartAsync();

        var result = await world.Sender.SendAsync(Passcodes.Sms(), CancellationToken.None).WaitAsync(Deadline.Step);

        Assert.True(world.Sender.Serves(PasscodeChannel.Voice));
        Assert.False(world.Sender.Serves(PasscodeChannel.Sms));
        Assert.Equal(PasscodeGatewayErrors.ChannelNotServed, result.Error);
        Assert.Equal(0, world.Fake.RequestCount);
    }

    [Fact]
    public async Task Configured_channels_are_served_and_named_in_the_body()
    {
        await using var world = await WebhookHarness.StartAsync("sms", "Voice");

        var sms = await world.Sender.SendAsync(Passcodes.Sms("psc-sms"), CancellationToken.None).WaitAsync(Deadline.Step);
        var voice = await world.Sender.SendAsync(Passcodes.Voice("psc-voice"), CancellationToken.None).WaitAsync(Deadline.Step);

        Assert.True(sms.Accepted && voice.Accepted, world.Fake.RefusalSummary);
        Assert.Equal(["sms", "voice"], world.Fake.Accepted.Select(r => r.Channel));
    }

    [Fact]
    public async Task Each_send_is_signed_at_the_current_time_so_it_stays_inside_the_receivers_window()
    {
        await using var world = await WebhookHarness.StartAsync();

        await world.Sender.SendAsync(Passcodes.Voice("psc-1"), CancellationToken.None).WaitAsync(Deadline.Step);
        world.Clock.Advance(TimeSpan.FromMinutes(10));
        var later = await world.Sender.SendAsync(Passcodes.Voice("psc-2", world.Clock.GetUtcNow().AddMinutes(5)), CancellationToken.None).WaitAsync(Deadline.Step);

        Assert.True(later.Accepted, world.Fake.RefusalSummary);
        Assert.Equal(TestClock.Start.AddMinutes(10).ToUnixTimeSeconds(), world.Fake.Accepted[1].Timestamp);
    }

    [Theory]
    [InlineData(202, true, null)]
    [InlineData(204, true, null)]
    [InlineData(400, false, "Http400")]
    [InlineData(401, false, "Http401")]
    [InlineData(429, false, "Http429")]
    [InlineData(500, false, "Http500")]
    [InlineData(503, false, "Http503")]
    public async Task Gateway_status_is_mapped_and_never_retried(int status, bool accepted, string? error)
    {
        await using var world = await WebhookHarness.StartAsync();
        world.Fake.Script(status);

        var result = await world.Sender.SendAsync(Passcodes.Voice(), CancellationToken.None).WaitAsync(Deadline.Step);

        Assert.Equal(new PasscodeSendResult(accepted, null, error), result);
        Assert.Equal(1, world.Fake.RequestCount);
    }
}
