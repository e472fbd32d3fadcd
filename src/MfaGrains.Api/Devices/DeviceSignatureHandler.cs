using System.Security.Claims;
using System.Text.Encodings.Web;
using MfaGrains.Api.Http;
using MfaGrains.Api.Problems;
using MfaGrains.Api.Signatures;
using MfaGrains.Contracts.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Devices;

/// <summary>
/// Authenticates a phone by its RFC 9421 signature over the exact bytes received. Activation is verified against the
/// key in its own body; every other route against the stored key of the <c>{deviceId}</c> in the path.
/// </summary>
public sealed class DeviceSignatureHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IGrainFactory grains,
    DeviceKeyCache keys,
    [FromKeyedServices(ApiClock.Key)] TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string RefusalKey = "mfagrains:device-refusal";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var body = await Request.ReadBodyBytesAsync(Context.RequestAborted);
        var deviceId = Context.GetRouteValue("deviceId") as string;

        // A device id is a SHA-256 thumbprint; anything else is refused before it can name (and activate) a grain.
        if (deviceId is not null && !JwkThumbprint.HasThumbprintForm(deviceId))
        {
            return Refuse(MfaErrorCode.InvalidSignature);
        }

        var key = deviceId is null ? ActivationKeyReader.Read(Request, body) : await StoredKey(deviceId);
        if (key.Refusal is { } refusal)
        {
            return Refuse(refusal);
        }

        if (!SignedRequest.TryParse(Request, out var signed, out _)
            || signed.KeyId != key.Key!.Thumbprint
            || (deviceId is not null && signed.KeyId != deviceId))
        {
            return Refuse(MfaErrorCode.InvalidSignature);
        }

        var check = signed.Verify(key.Key, body, clock.GetUtcNow());
        if (!check.IsValid)
        {
            return Refuse(check.Outcome == SignatureOutcome.Stale ? MfaErrorCode.StaleSignature : MfaErrorCode.InvalidSignature);
        }

        var claims = new List<Claim> { new(DeviceClaims.DeviceId, signed.KeyId) };
        if (key.OwnerId is not null)
        {
            claims.Add(new Claim(DeviceClaims.UserId, key.OwnerId));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name)), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var code = Context.Items.TryGetValue(RefusalKey, out var refusal) && refusal is MfaErrorCode known ? known : MfaErrorCode.InvalidSignature;
        return Problem.For(code).ExecuteAsync(Context);
    }

    private async Task<DeviceKey> StoredKey(string deviceId)
    {
        var credential = await grains.GetGrain<Contracts.Devices.IDeviceGrain>(deviceId).GetCredential();
        return credential is not null && keys.Get(deviceId, credential.PublicKey.X, credential.PublicKey.Y) is { } key
            ? new DeviceKey(key, credential.UserId, null)
            : new DeviceKey(null, null, MfaErrorCode.InvalidSignature);
    }

    private AuthenticateResult Refuse(MfaErrorCode code)
    {
        Context.Items[RefusalKey] = code;
        return AuthenticateResult.Fail(code.ToString());
    }
}

/// <summary>The key a request must be signed with, or why there is none.</summary>
public sealed record DeviceKey(P256PublicKey? Key, string? OwnerId, MfaErrorCode? Refusal);
