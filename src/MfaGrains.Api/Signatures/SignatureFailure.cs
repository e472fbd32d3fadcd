namespace MfaGrains.Api.Signatures;

/// <summary>Why a signature is invalid; for tests and diagnostics, never shown to the caller.</summary>
public enum SignatureFailure
{
    /// <summary>Nothing failed.</summary>
    None,

    /// <summary>The Signature-Input or Signature header is absent.</summary>
    MissingSignature,

    /// <summary>A signature header is not the structured field it must be.</summary>
    MalformedSignature,

    /// <summary>Not exactly one signature, or the two headers name different labels.</summary>
    NotExactlyOneSignature,

    /// <summary>The created parameter is absent.</summary>
    MissingCreated,

    /// <summary>The keyid parameter is absent or empty.</summary>
    MissingKeyId,

    /// <summary>The alg parameter names something other than ecdsa-p256-sha256.</summary>
    UnsupportedAlgorithm,

    /// <summary>@method, @path or (with a body) content-digest is not covered.</summary>
    RequiredComponentNotCovered,

    /// <summary>A covered component is unknown, repeated, carries parameters, or has a non-ASCII value.</summary>
    UnsupportedComponent,

    /// <summary>A covered component has no usable value in the request, e.g. a missing header.</summary>
    MissingComponent,

    /// <summary>There is a body but no Content-Digest header.</summary>
    MissingDigest,

    /// <summary>The Content-Digest header is malformed, has no known algorithm, or does not match the body.</summary>
    DigestMismatch,

    /// <summary>The public key is not a valid P-256 key.</summary>
    InvalidKey,

    /// <summary>The signature does not verify with the key.</summary>
    BadSignature,

    /// <summary>The signature's expires time has passed.</summary>
    Expired,
}
