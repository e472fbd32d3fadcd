namespace MfaGrains.Api.Signatures;

/// <summary>The RFC 9421 §2.3 signature parameters a device signature must or may carry.</summary>
internal sealed record SignatureParameters(long Created, string KeyId, long? Expires)
{
    /// <summary>Requires created and keyid, accepts alg only as ecdsa-p256-sha256, and checks the types of the rest.</summary>
    public static bool TryRead(SfParameters parameters, out SignatureParameters result, out SignatureFailure failure)
    {
        result = new SignatureParameters(0, string.Empty, null);
        if (!HasKnownTypes(parameters))
        {
            failure = SignatureFailure.MalformedSignature;
            return false;
        }

        if (!parameters.TryGetValue("created", out var created))
        {
            failure = SignatureFailure.MissingCreated;
            return false;
        }

        if (!parameters.TryGetValue("keyid", out var keyId) || keyId is "")
        {
            failure = SignatureFailure.MissingKeyId;
            return false;
        }

        if (parameters.TryGetValue("alg", out var alg) && !Equals(alg, SignedRequest.Algorithm))
        {
            failure = SignatureFailure.UnsupportedAlgorithm;
            return false;
        }

        parameters.TryGetValue("expires", out var expires);
        result = new SignatureParameters((long)created, (string)keyId, (long?)expires);
        failure = SignatureFailure.None;
        return true;
    }

    // §2.3: created and expires are integers; keyid, alg, nonce and tag are strings; others are left alone.
    private static bool HasKnownTypes(SfParameters parameters) =>
        parameters.Entries.All(entry => entry.Key switch
        {
            "created" or "expires" => entry.Value is long,
            "keyid" or "alg" or "nonce" or "tag" => entry.Value is string,
            _ => true,
        });
}
