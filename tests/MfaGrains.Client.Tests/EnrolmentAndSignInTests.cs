using System.Text;
using MfaGrains.Client.Signing;

namespace MfaGrains.Client.Tests;

/// <summary>The portal and phone clients carry a person through enrolment and sign-in against the real engine.</summary>
public sealed class EnrolmentAndSignInTests(ClientEngineFixture engine) : IClassFixture<ClientEngineFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Enrolment_through_the_clients_completes_and_the_device_id_is_the_key_thumbprint()
    {
        var userId = ClientEngineFixture.NewUserId();
        var portal = engine.PortalClient;
        using var key = DeviceKey.Create();
        var phone = engine.NewPhoneClient(key);

        var started = await portal.StartEnrolmentAsync(userId, "Ward 7 phone");
        Assert.Equal(EnrolmentStatus.AwaitingActivation, started.Status);
        Assert.Equal(userId.ToLowerInvariant(), started.UserId);
        Assert.Matches("^[0-9]{9}$", started.ActivationCode);
        var png = await portal.GetEnrolmentQrAsync(userId, started.EnrolmentId);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var svg = Encoding.UTF8.GetString(await portal.GetEnrolmentQrAsync(userId, started.EnrolmentId, QrFormat.Svg));
        Assert.Contains("<svg", svg, StringComparison.Ordinal);

        var device = await phone.ActivateAsync(started.ActivationCode, DevicePlatform.Ios, deviceName: "iPhone 15");
        Assert.Equal(key.DeviceId, device.DeviceId);
        Assert.Equal(JwkThumbprint.OfP256(key.PublicKey.X, key.PublicKey.Y), device.DeviceId);
        Assert.Equal(new DeviceTotp(device.Totp.Secret, "SHA1", 6, 30), device.Totp);
        Assert.Equal(EnrolmentStatus.AwaitingVerification, (await portal.GetEnrolmentAsync(userId, started.EnrolmentId)).Status);

        var test = await portal.CreateTestChallengeAsync(userId, started.EnrolmentId);
        Assert.Equal(ChallengeKind.EnrolmentTest, test.Kind);
        var pending = await phone.GetPendingAsync();
        Assert.Equal(test.ChallengeId, Assert.Single(pending).ChallengeId);
        var answer = await phone.ApproveAsync(test.ChallengeId, test.Number);
        Assert.Equal(new AnswerResult(test.ChallengeId, ChallengeStatus.Approved, null), answer);

        var completed = await portal.GetEnrolmentAsync(userId, started.EnrolmentId);
        Assert.Equal(EnrolmentStatus.Completed, completed.Status);
        Assert.Equal((key.DeviceId, "iPhone 15", DevicePlatform.Ios), (completed.DeviceId, completed.DeviceName, completed.Platform));
        var account = await portal.GetAccountAsync(userId);
        Assert.Equal(DeviceStatus.Active, Assert.Single(account.Devices).Status);
    }

    [Fact]
    public async Task The_long_polls_wake_for_the_phone_on_issue_and_for_the_portal_on_approval()
    {
        var (userId, phone, device) = await engine.EnrolledUserAsync();
        var portal = engine.PortalClient;

        var phonePoll = phone.WaitForPendingAsync(TimeSpan.FromSeconds(30));
        var challenge = await portal.CreateChallengeAsync(userId, new ChallengeContext("Rostering", "10.1.2.3", "Leeds, UK", "Edge"));
        var pending = Assert.Single(await phonePoll.WaitAsync(Deadline));
        Assert.Equal((challenge.ChallengeId, "Rostering", "Leeds, UK"), (pending.ChallengeId, pending.Context.Application, pending.Context.Location));

        var outcome = portal.WaitForOutcomeAsync(userId, challenge.ChallengeId);
        Assert.False(outcome.IsCompleted);
        await phone.ApproveAsync(challenge.ChallengeId, challenge.Number);

        var resolved = await outcome.WaitAsync(Deadline);
        Assert.Equal((ChallengeStatus.Approved, device.DeviceId), (resolved.Status, resolved.DeviceId));
        Assert.NotNull(resolved.ResolvedAt);
    }

    [Fact]
    public async Task The_event_stream_yields_pending_then_the_outcome_and_ends()
    {
        var (userId, phone, _) = await engine.EnrolledUserAsync();
        var challenge = await engine.PortalClient.CreateChallengeAsync(userId);

        var seen = new List<Challenge>();
        using var cancel = new CancellationTokenSource(Deadline);
        await foreach (var state in engine.PortalClient.WatchChallengeAsync(userId, challenge.ChallengeId, cancel.Token))
        {
            seen.Add(state);
            if (state.Status == ChallengeStatus.Pending)
            {
                await phone.AnswerAsync(challenge.ChallengeId, AnswerDecision.Approve, WrongNumber(challenge.Number), cancel.Token);
            }
        }

        Assert.Equal([ChallengeStatus.Pending, ChallengeStatus.Denied], seen.Select(state => state.Status).Distinct());
        Assert.Equal(ChallengeReason.WrongNumber, seen[^1].Reason);
        Assert.Equal(DeliveryChannel.None, seen[0].Deliveries.Single().Channel);
    }

    [Fact]
    public async Task A_cancelled_challenge_reads_cancelled_by_portal()
    {
        var (userId, _, _) = await engine.EnrolledUserAsync();
        var challenge = await engine.PortalClient.CreateChallengeAsync(userId);

        await engine.PortalClient.CancelChallengeAsync(userId, challenge.ChallengeId);

        var read = await engine.PortalClient.GetChallengeAsync(userId, challenge.ChallengeId);
        Assert.Equal((ChallengeStatus.Cancelled, ChallengeReason.CancelledByPortal), (read.Status, read.Reason));
    }

    private static string WrongNumber(string number) => number == "10" ? "11" : "10";
}
