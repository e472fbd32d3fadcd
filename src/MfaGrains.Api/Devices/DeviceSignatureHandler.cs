using System.Security.Claims;
using System.Text.Encodings.Web;
using MfaGrains.Api.Http;
using MfaGrains.Api.Problems;
using MfaGrains.Api.Signatures;
using MfaGrains.Contracts.Errors;
using MfaGrains.Contracts.References;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using MfaGrains.Contracts.Devices;

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
    UnknownDevices unknown,
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

        // The signature's form is checked before any key is looked up, so an unsigned or ill-formed request costs no grain.
        var key = deviceId is null ? ActivationKeyReader.Read(Request, body) : null;
        if (key?.Refusal is { } bodyRefusal)
        {
            return Refuse(bodyRefusal);
        }

        if (!SignatureForm.IsWellFormed(Request, deviceId, clock.GetUtcNow(), out var signed, out var formRefusal))
        {
            return Refuse(formRefusal);
        }

        key ??= await StoredKey(deviceId!);
        if (key.Refusal is { } refusal)
        {
            return Refuse(refusal);
        }

        if (signed.KeyId != key.Key!.Thumbprint)
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
        // A known device costs no lookup: its owner's grain, which the request goes to next, judges whether it is live.
        if (keys.Find(deviceId) is { } known)
        {
            return known;
        }

        if (unknown.Contains(deviceId))
        {
            return new DeviceKey(null, null, MfaErrorCode.InvalidSignature);
        }

        var credential = await grains.Get<IDeviceGrain>(deviceId).GetCredential();
        if (credential is null)
        {
            unknown.Add(deviceId);
        }

        return credential is not null && keys.Remember(deviceId, credential) is { } key
            ? new DeviceKey(key, credential.UserId, null)
            : new DeviceKey(null, null, MfaErrorCode.InvalidSignature);
    }

    private AuthenticateResult Refuse(MfaErrorCode code)
    {
        Context.Items[RefusalKey] = code;
        return AuthenticateResult.Fail(code.ToString());
    }
}
