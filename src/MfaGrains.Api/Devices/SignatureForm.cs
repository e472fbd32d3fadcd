using System.Diagnostics.CodeAnalysis;
using MfaGrains.Api.Signatures;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Devices;

/// <summary>
/// What can be judged of a phone's signature without its key: exactly one well-formed signature, <c>keyid</c> equal to
/// the <c>{deviceId}</c>, a known <c>alg</c>, and <c>created</c> within the allowed clock skew.
/// </summary>
public static class SignatureForm
{
    /// <summary>Whether the request's signature has the form; if not, <paramref name="refusal"/> says how to answer.</summary>
    /// <remarks>
    /// A <c>created</c> outside the window is answered stale_signature here, before the key is known: the contract gives a
    /// genuine but old signature that code, and an old signature that is also forged learns nothing more from it.
    /// </remarks>
    public static bool IsWellFormed(
        HttpRequest request, string? deviceId, DateTimeOffset now, [NotNullWhen(true)] out SignedRequest? signature, out MfaErrorCode refusal)
    {
        refusal = MfaErrorCode.InvalidSignature;
        if (!SignedRequest.TryParse(request, out signature, out _) || (deviceId is not null && signature.KeyId != deviceId))
        {
            signature = null;
            return false;
        }

        var skew = (long)SignedRequest.DefaultMaxClockSkew.TotalSeconds;
        if (Math.Abs(now.ToUnixTimeSeconds() - signature.Created) > skew)
        {
            refusal = MfaErrorCode.StaleSignature;
            signature = null;
            return false;
        }

        return true;
    }
}
