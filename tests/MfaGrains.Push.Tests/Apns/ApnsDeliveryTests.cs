using System.Text;
using System.Text.RegularExpressions;
using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Tests.Apns;

/// <summary>A challenge push as it leaves the sender: every header and the exact payload, checked at a strict fake APNs.</summary>
public sealed class ApnsDeliveryTests : IAsyncLifetime
{
    private ApnsHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ApnsHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Challenge_push_reaches_apns_over_http2_with_every_header_and_the_exact_payload()
    {
        var token = ApnsHarness.NewDeviceToken();
        var message = _harness.Message(token);

        var result = await _harness.SendAsync(message);

        Assert.Empty(_harness.Apns.Refusals);
        var received = Assert.Single(_harness.Apns.Accepted);
        Assert.Equal("HTTP/2", received.Protocol);
        Assert.Equal(token, received.DeviceToken);
        Assert.Equal($"bearer {received.ProviderToken}", received.Headers["authorization"]);
        Assert.Equal(ApnsHarness.Topic, received.Headers["apns-topic"]);
        Assert.Equal("alert", received.Headers["apns-push-type"]);
        Assert.Equal("10", received.Headers["apns-priority"]);
        Assert.Equal(message.ExpiresAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), received.Headers["apns-expiration"]);
        Assert.Equal(message.ChallengeId, received.Headers["apns-collapse-id"]);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", received.Headers["apns-id"]);
        Assert.Equal(
            """{"aps":{"alert":{"title":"Sign-in request","body":"Approve sign-in to NHSmail?"},"sound":"default","category":"MFA_CHALLENGE","mutable-content":1,"interruption-level":"time-sensitive"},"type":"mfaChallenge","challengeId":"chl_3q2n0k5vWm8xT1bYcR7dLg","deviceId":"dev_h4Jk9pQ2sV6wX1zA3bC5dE"}""",
            Encoding.UTF8.GetString(received.Body));
        Assert.Equal(new PushResult(PushOutcome.Delivered, 200, null, received.Headers["apns-id"], null), result);
    }

    [Fact]
    public async Task Alert_without_an_application_name_uses_neutral_text()
    {
        await _harness.SendAsync(_harness.Message(ApnsHarness.NewDeviceToken(), application: null));

        var body = Encoding.UTF8.GetString(Assert.Single(_harness.Apns.Accepted).Body);
        Assert.Contains("\"alert\":{\"title\":\"Sign-in request\",\"body\":\"Approve a sign-in request?\"}", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_push_gets_its_own_apns_id()
    {
        var token = ApnsHarness.NewDeviceToken();

        var first = await _harness.SendAsync(_harness.Message(token));
        var second = await _harness.SendAsync(_harness.Message(token));

        Assert.NotEqual(first.MessageId, second.MessageId);
        Assert.Equal([first.MessageId, second.MessageId], _harness.Apns.Accepted.Select(r => r.Headers["apns-id"]));
    }

    [Fact]
    public async Task Malformed_device_token_is_dropped_without_a_request()
    {
        var result = await _harness.SendAsync(_harness.Message("../../admin"));

        Assert.Equal(PushOutcome.DropToken, result.Outcome);
        Assert.Equal("BadDeviceToken", result.Reason);
        Assert.Empty(_harness.Apns.Accepted);
        Assert.Empty(_harness.Apns.Refusals);
    }

    [Fact]
    public async Task Logs_never_carry_the_device_token_or_the_provider_jwt()
    {
        var tokens = Enumerable.Range(0, 4).Select(_ => ApnsHarness.NewDeviceToken()).ToArray();
        _harness.Apns.Script(tokens[1], FakeApnsReply.Unregistered(_harness.Time.GetUtcNow().AddDays(-1)));
        _harness.Apns.Script(tokens[2], FakeApnsReply.ServiceUnavailable());
        _harness.Apns.Script(tokens[3], new FakeApnsReply(400, "BadTopic"));

        foreach (var token in tokens)
        {
            await _harness.SendAsync(_harness.Message(token));
        }

        var jwt = _harness.Apns.Accepted[0].ProviderToken;
        var logs = string.Join('\n', _harness.Logs.Entries);
        Assert.Contains("Unregistered", logs, StringComparison.Ordinal);
        Assert.All(tokens, token => Assert.DoesNotContain(token, logs, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(jwt.Split('.')[2], logs, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("/3/device/"), logs);
    }
}
