using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace MfaGrains.Api.Signatures;

/// <summary>The single RFC 9421 signature of a device request, parsed but not yet verified.</summary>
/// <remarks>Parse first to learn <see cref="KeyId"/> and look the key up, then <see cref="Verify(P256PublicKey, ReadOnlySpan{byte}, DateTimeOffset, TimeSpan?)"/>.</remarks>
public sealed class SignedRequest
{
    /// <summary>The only algorithm a device may name in the alg parameter.</summary>
    public const string Algorithm = "ecdsa-p256-sha256";

    /// <summary>How far created may be from the server's clock, either way, before a good signature is stale.</summary>
    public static readonly TimeSpan DefaultMaxClockSkew = TimeSpan.FromSeconds(300);

    private readonly HttpRequest request;
    private readonly SfInnerList signatureParams;
    private readonly byte[] signature;

    private SignedRequest(HttpRequest request, string label, SfInnerList signatureParams, byte[] signature, SignatureParameters parameters)
    {
        this.request = request;
        this.signatureParams = signatureParams;
        this.signature = signature;
        Label = label;
        KeyId = parameters.KeyId;
        Created = parameters.Created;
        Expires = parameters.Expires;
        CoveredComponents = [.. signatureParams.Items.Select(item => (string)item.Value)];
    }

    /// <summary>The signature's label in Signature-Input and Signature (any name is accepted).</summary>
    public string Label { get; }

    /// <summary>The keyid parameter: the device id, or for activation the thumbprint of the new key.</summary>
    public string KeyId { get; }

    /// <summary>The created parameter, in Unix seconds.</summary>
    public long Created { get; }

    /// <summary>The expires parameter, in Unix seconds, if present.</summary>
    public long? Expires { get; }

    /// <summary>The covered component identifiers, in signed order.</summary>
    public IReadOnlyList<string> CoveredComponents { get; }

    /// <summary>Reads Signature-Input and Signature; fails unless they carry exactly one well-formed signature.</summary>
    public static bool TryParse(HttpRequest request, [NotNullWhen(true)] out SignedRequest? signedRequest, out SignatureFailure failure)
    {
        signedRequest = null;
        if (!request.Headers.TryGetValue("Signature-Input", out var inputLines) || !request.Headers.TryGetValue("Signature", out var signatureLines))
        {
            failure = SignatureFailure.MissingSignature;
            return false;
        }

        if (!StructuredFieldParser.TryParseDictionary(string.Join(", ", inputLines.ToArray()), out var inputs)
            || !StructuredFieldParser.TryParseDictionary(string.Join(", ", signatureLines.ToArray()), out var signatures))
        {
            failure = SignatureFailure.MalformedSignature;
            return false;
        }

        if (inputs.Members.Count != 1 || signatures.Members.Count != 1 || inputs.Members[0].Key != signatures.Members[0].Key)
        {
            failure = SignatureFailure.NotExactlyOneSignature;
            return false;
        }

        if (inputs.Members[0].Value is not SfInnerList signatureParams
            || signatureParams.Items.Any(item => item.Value is not string)
            || signatures.Members[0].Value is not SfItem { Value: byte[] signature })
        {
            failure = SignatureFailure.MalformedSignature;
            return false;
        }

        if (!SignatureParameters.TryRead(signatureParams.Parameters, out var parameters, out failure))
        {
            return false;
        }

        signedRequest = new SignedRequest(request, inputs.Members[0].Key, signatureParams, signature, parameters);
        return true;
    }

    /// <summary>Verifies with the key given as JWK coordinates; an invalid key makes the signature invalid.</summary>
    public SignatureCheck Verify(string publicKeyX, string publicKeyY, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan? maxClockSkew = null) =>
        P256PublicKey.TryCreate(publicKeyX, publicKeyY, out var key)
            ? Verify(key, body, now, maxClockSkew)
            : SignatureCheck.Invalid(SignatureFailure.InvalidKey);

    /// <summary>Applies the contract's rules in order: required coverage, body digest, signature, expiry, freshness.</summary>
    /// <param name="key">The device's stored key, or for activation the key from the body.</param>
    /// <param name="body">The request body exactly as received.</param>
    /// <param name="now">The server's clock.</param>
    /// <param name="maxClockSkew">Defaults to <see cref="DefaultMaxClockSkew"/>.</param>
    public SignatureCheck Verify(P256PublicKey key, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan? maxClockSkew = null)
    {
        if (!CoversRequiredComponents(hasBody: !body.IsEmpty))
        {
            return SignatureCheck.Invalid(SignatureFailure.RequiredComponentNotCovered);
        }

        var digestFailure = CheckDigest(body);
        if (digestFailure != SignatureFailure.None)
        {
            return SignatureCheck.Invalid(digestFailure);
        }

        if (!SignatureBaseBuilder.TryBuild(request, signatureParams, out var signatureBase, out var baseFailure))
        {
            return SignatureCheck.Invalid(baseFailure);
        }

        if (!key.VerifySignature(Encoding.ASCII.GetBytes(signatureBase), signature))
        {
            return SignatureCheck.Invalid(SignatureFailure.BadSignature);
        }

        // Time is judged only after the signature is known good, so "stale" always means "genuine but old".
        var nowSeconds = now.ToUnixTimeSeconds();
        if (Expires is { } expires && nowSeconds >= expires)
        {
            return SignatureCheck.Invalid(SignatureFailure.Expired);
        }

        var skew = (long)(maxClockSkew ?? DefaultMaxClockSkew).TotalSeconds;
        return Math.Abs(nowSeconds - Created) > skew ? SignatureCheck.Stale(KeyId) : SignatureCheck.Valid(KeyId);
    }

    private bool CoversRequiredComponents(bool hasBody) =>
        CoveredComponents.Contains("@method")
        && CoveredComponents.Contains("@path")
        && (!hasBody || CoveredComponents.Contains("content-digest"));

    // A digest that is sent is always checked, even on an empty body; with a body one is required.
    private SignatureFailure CheckDigest(ReadOnlySpan<byte> body)
    {
        if (!request.Headers.TryGetValue("Content-Digest", out var lines))
        {
            return body.IsEmpty ? SignatureFailure.None : SignatureFailure.MissingDigest;
        }

        return ContentDigest.Matches(string.Join(", ", lines.ToArray()), body) ? SignatureFailure.None : SignatureFailure.DigestMismatch;
    }
}
