using MfaGrains.Messaging.Gateways;
using MfaGrains.Messaging.Sending;
using MfaGrains.Messaging.Tests.Support;

namespace MfaGrains.Messaging.Tests.Notify;

/// <summary>The Notify sender against the strict fake: the request Notify would accept, and every answer mapped.</summary>
public sealed class NotifySenderTests
{
    [Fact]
    public async Task Sms_is_accepted_with_notifys_id_as_the_gateway_id()
    {
        await using var world = await NotifyHarness.StartAsync();

        var result = await world.Sender.SendAsync(Passcodes.Sms("psc-accepted"), CancellationToken.None).WaitAsync(Deadline.Step);

        Assert.Empty(world.Fake.Refusals);
        var received = Assert.Single(world.Fake.Accepted);
        Assert.Equal(new PasscodeSendResult(true, received.NotificationId, null), result);
        Assert.Equal((Passcodes.PhoneNumber, NotifyTestKey.TemplateId, Passcodes.Code, "psc-accepted", (string?)null),
            (received.PhoneNumber, received.TemplateId, received.Code, received.Reference, received.SmsSenderId));
    }

    [Fact]
    public async Task Configured_sms_sender_id_is_sent()
    {
        await using var world = await NotifyHarness.StartAsync(smsSenderId: NotifyTestKey.SmsSenderId);

        var result = await world.Sender.SendAsync(Passcodes.Sms(), CancellationToken.None).WaitAsync(Deadline.Step);

        Assert.True(result.Accepted, world.Fake.RefusalSummary);
        Assert.Equal(NotifyTestKey.SmsSenderId, Assert.Single(world.Fake.Accepted).SmsSenderId);
    }

    [Fact]
    public async Task Each_send_signs_a_fresh_token_so_a_later_send_is_still_inside_notifys_30_seconds()
    {
        await using var world = await NotifyHarness.StartAsync();

        var first = await world.Sender.SendAsync(Passcodes.Sms("psc-1"), CancellationToken.None).WaitAsync(Deadline.Step);
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        var second = await world.Sender.SendAsync(Passcodes.Sms("psc-2"), CancellationToken.None).WaitAsync(Deadline.Step);

        Assert.True(first.Accepted && second.Accepted, world.Fake.RefusalSummary);
        Assert.Equal(2, world.Fake.Accepted.Select(r => r.Jwt).Distinct().Count());
    }

    [Fact]
    public async Task Token_from_a_clock_more_than_30_seconds_off_is_refused_as_an_auth_error()
    {
        // The fake's clock runs 31 s ahead of the sender's: Notify would refuse the iat.
        var notifysClock = TestClock.Create();
        notifysClock.Advance(TimeSpan.FromSeconds(31));
        await using var world = await NotifyHarness.StartAsync(fakeClock: notifysClock);

        var result = await world.Sender.SendAsync(Passcodes.Sms(), CancellationToken.None).WaitAsync(Deadline.Step);

        Assert.Equal(new PasscodeSendResult(false, null, "AuthError"), result);
        Assert.Contains("iat", Assert.Single(world.Fake.Refusals).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voice_is_not_served_and_nothing_is_sent()
    {
        await using var world = await NotifyHarness.StartAsync();

        var result = await world.Sender.SendAsync(Passcodes.Voice(), CancellationToken.None).WaitAsync(Deadline.Step);

        Assert.False(world.Sender.Serves(PasscodeChannel.Voice));
        Assert.True(world.Sender.Serves(PasscodeChannel.Sms));
        Assert.Equal(new PasscodeSendResult(false, null, PasscodeGatewayErrors.ChannelNotServed), result);
        Assert.Equal(0, world.Fake.RequestCount);
    }

    public static TheoryData<string, string> NotifyRefusals => new()
    {
        { nameof(FakeNotifyReply.TrialMode), "BadRequestError" },
        { nameof(FakeNotifyReply.InvalidToken), "AuthError" },
        { nameof(FakeNotifyReply.RateLimit), "RateLimitError" },
        { nameof(FakeNotifyReply.DailyLimit), "TooManyRequestsError" },
        { nameof(FakeNotifyReply.ServerError), "Exception" },
        { nameof(FakeNotifyReply.ProxyPage), "Http502" },
    };

    [Theory]
    [MemberData(nameof(NotifyRefusals))]
    public async Task Notify_error_is_reported_by_its_error_type_and_sent_only_once(string reply, string expectedError)
    {
        await using var world = await NotifyHarness.StartAsync();
        world.Fake.Script((FakeNotifyReply)typeof(FakeNotifyReply).GetProperty(reply)!.GetValue(null)!);

        var result = await world.Sender.SendAsync(Passcodes.Sms(), CancellationToken.None).WaitAsync(Deadline.Step);

        Assert.Equal(new PasscodeSendResult(false, null, expectedError), result);
        // No retry after Notify answered, whatever it said: it may already have sent the text.
        Assert.Equal(1, world.Fake.RequestCount);
    }

    [Fact]
    public async Task Caller_cancellation_throws_instead_of_becoming_a_result()
    {
        await using var world = await NotifyHarness.StartAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.Sender.SendAsync(Passcodes.Sms(), cancelled.Token)).WaitAsync(Deadline.Step);
    }
}
