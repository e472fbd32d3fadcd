using MfaGrains.Messaging.Notify;
using MfaGrains.Messaging.Tests.Notify;
using MfaGrains.Messaging.Tests.Support;
using MfaGrains.Messaging.Tests.Webhook;
using MfaGrains.Messaging.Webhook;

namespace MfaGrains.Messaging.Tests.Hosting;

/// <summary>
/// Every log line the real senders and their HTTP pipeline write, at every level, through success, every refusal and a
/// transport failure with retries, carries no code, phone number, API key, secret or token.
/// </summary>
public sealed class LogSecrecyTests
{
    [Fact]
    public async Task Notify_sender_logs_no_code_number_key_or_token()
    {
        await using var world = await NotifyHarness.StartAsync();
        // Including a refusal whose message echoes the number and the code back.
        world.Fake.Script(
            FakeNotifyReply.TrialMode,
            FakeNotifyReply.InvalidToken,
            FakeNotifyReply.RateLimit,
            FakeNotifyReply.ServerError,
            FakeNotifyReply.ProxyPage,
            new FakeNotifyReply(400, "ValidationError", $"phone_number {Passcodes.PhoneNumber} rejected for code {Passcodes.Code}"));
        for (var i = 0; i < 7; i++)
        {
            await world.Sender.SendAsync(Passcodes.Sms($"psc-{i}"), CancellationToken.None).WaitAsync(Deadline.Step);
        }

        var unreachable = await UnreachableAsync(url => NotifyHarness.Settings(url), host => host.Sender<GovUkNotifySmsSender>());

        var logs = world.Host.Logs.AllText + "\n" + unreachable;
        Assert.Contains("accepted passcode SMS psc-6", logs, StringComparison.Ordinal);
        Assert.Contains("refused passcode SMS psc-5: HTTP 400 ValidationError (phone_number +############ rejected for code ######)", logs, StringComparison.Ordinal);
        Assert.Contains("failed in transport: Unreachable", logs, StringComparison.Ordinal);
        AssertNoSecrets(logs, [NotifyTestKey.ApiKey, NotifyTestKey.Secret, .. world.Fake.Accepted.Select(r => r.Jwt)]);
    }

    [Fact]
    public async Task Webhook_sender_logs_no_code_number_or_secret()
    {
        await using var world = await WebhookHarness.StartAsync();
        world.Fake.Script(500, 401);
        for (var i = 0; i < 3; i++)
        {
            await world.Sender.SendAsync(Passcodes.Voice($"psc-{i}"), CancellationToken.None).WaitAsync(Deadline.Step);
        }

        var unreachable = await UnreachableAsync(url => WebhookHarness.Settings(url + "/passcodes"), host => host.Sender<WebhookPasscodeSender>());

        var logs = world.Host.Logs.AllText + "\n" + unreachable;
        Assert.Contains("accepted voice passcode psc-2", logs, StringComparison.Ordinal);
        Assert.Contains("refused voice passcode psc-0 with HTTP 500", logs, StringComparison.Ordinal);
        Assert.Contains("failed in transport: Unreachable", logs, StringComparison.Ordinal);
        AssertNoSecrets(logs, [WebhookHarness.Secret]);
    }

    /// <summary>Sends once to a closed port, through the retries, and returns everything logged.</summary>
    private static async Task<string> UnreachableAsync(Func<string, Dictionary<string, string?>> settings, Func<SenderHost, Sending.IPasscodeSender> sender)
    {
        var clock = new RetryWatchingClock();
        await using var host = SenderHost.Start(settings($"http://127.0.0.1:{ClosedPort.Take()}"), clock);
        var message = sender(host).Serves(Sending.PasscodeChannel.Sms) ? Passcodes.Sms("psc-down") : Passcodes.Voice("psc-down");
        await clock.CompleteWithBackOffsAsync(sender(host).SendAsync(message, CancellationToken.None), []);
        return host.Logs.AllText;
    }

    private static void AssertNoSecrets(string logs, IEnumerable<string> secrets)
    {
        Assert.DoesNotContain(Passcodes.Code, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Passcodes.PhoneNumber, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Passcodes.PhoneNumber[3..], logs, StringComparison.Ordinal);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase);
        }
    }
}
