using System.Net;
using MfaGrains.Client.Signing;
using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Client.Tests;

/// <summary>The phone client's RFC 9421 signatures are what the engine verifies: accepted when right, refused when not.</summary>
public sealed class PhoneSigningTests(ClientEngineFixture engine) : IClassFixture<ClientEngineFixture>
{
    [Fact]
    public async Task Every_phone_route_is_accepted_with_the_clients_signature()
    {
        var (userId, phone, _) = await engine.EnrolledUserAsync();

        await phone.UpdatePushTokenAsync("fcm-token-" + Guid.NewGuid().ToString("N"));
        Assert.Empty(await phone.GetPendingAsync());
        var challenge = await engine.PortalClient.CreateChallengeAsync(userId);
        Assert.Equal(challenge.ChallengeId, Assert.Single(await phone.GetPendingAsync()).ChallengeId);
        await phone.UpdatePushTokenAsync(null);
        await phone.RemoveAsync();

        var read = await engine.PortalClient.GetChallengeAsync(userId, challenge.ChallengeId);
        Assert.Equal((ChallengeStatus.Cancelled, ChallengeReason.DeviceRemoved), (read.Status, read.Reason));
        Assert.Empty((await engine.PortalClient.GetAccountAsync(userId)).Devices);
    }

    [Fact]
    public async Task A_key_saved_as_pkcs8_signs_as_the_same_device()
    {
        var (userId, phone, _) = await engine.EnrolledUserAsync();
        using var reloaded = DeviceKey.FromPkcs8(phone.Key.ExportPkcs8());
        var challenge = await engine.PortalClient.CreateChallengeAsync(userId);

        var answer = await engine.NewPhoneClient(reloaded).ApproveAsync(challenge.ChallengeId, challenge.Number);

        Assert.Equal(phone.DeviceId, reloaded.DeviceId);
        Assert.Equal(ChallengeStatus.Approved, answer.Status);
    }

    [Fact]
    public async Task A_signature_from_a_clock_six_minutes_off_is_stale()
    {
        var (_, phone, _) = await engine.EnrolledUserAsync();
        var skewed = new FakeTimeProvider(engine.Host.Clock.GetUtcNow() - TimeSpan.FromMinutes(6));

        var refused = await Assert.ThrowsAsync<MfaProblemException>(() => new MfaPhoneClient(engine.Http, phone.Key, skewed).GetPendingAsync());

        Assert.Equal((HttpStatusCode.Unauthorized, MfaErrorCodes.StaleSignature), (refused.StatusCode, refused.Code));
    }

    [Fact]
    public async Task Another_key_signing_for_the_device_is_an_invalid_signature()
    {
        var (_, phone, _) = await engine.EnrolledUserAsync();
        using var other = DeviceKey.Create();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/devices/{phone.DeviceId}/challenges");
        new RequestSigner(other, engine.Host.Clock).Sign(request, []);
        request.Headers.Remove("Signature-Input");
        request.Headers.TryAddWithoutValidation("Signature-Input", new RequestSigner(phone.Key, engine.Host.Clock)
            .CreateHeaders("GET", $"/v1/devices/{phone.DeviceId}/challenges", [], engine.Host.Clock.GetUtcNow()).SignatureInput);

        using var response = await engine.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(MfaErrorCodes.InvalidSignature, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_content_digest_is_rfc_9530_sha_256()
    {
        // RFC 9530 Appendix B.1: {"hello": "world"}
        Assert.Equal("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:", ContentDigest.Sha256("{\"hello\": \"world\"}"u8));
    }
}
