using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using MfaGrains.Api.Signatures;
using Microsoft.AspNetCore.Http;
using static MfaGrains.Api.Tests.Signatures.Rfc9421Vectors;

namespace MfaGrains.Api.Tests.Signatures;

/// <summary>The published RFC 9421 ecdsa-p256-sha256 examples must verify here, so any conforming library can talk to us.</summary>
public sealed class Rfc9421VectorTests
{
    private static readonly byte[] Body = Encoding.ASCII.GetBytes(RequestBody);

    [Fact]
    public void B24_published_signature_verifies_over_the_published_signature_base()
    {
        var key = RfcKey();
        Assert.True(StructuredFieldParser.TryParseDictionary(B24Signature, out var signature));
        var value = Assert.IsType<byte[]>(Assert.IsType<SfItem>(signature.Members[0].Value).Value);

        Assert.Equal(64, value.Length);
        Assert.True(key.VerifySignature(Encoding.ASCII.GetBytes(B24SignatureBase), value));
    }

    [Fact]
    public void B24_signature_params_line_is_the_canonical_reserialization_of_Signature_Input()
    {
        Assert.True(StructuredFieldParser.TryParseDictionary(B24SignatureInput, out var input));
        var member = Assert.Single(input.Members);

        Assert.Equal("sig-b24", member.Key);
        Assert.EndsWith(
            "\"@signature-params\": " + StructuredFieldSerializer.SerializeInnerList(Assert.IsType<SfInnerList>(member.Value)),
            B24SignatureBase,
            StringComparison.Ordinal);
    }

    [Fact]
    public void B24_tampered_signature_base_does_not_verify()
    {
        Assert.True(StructuredFieldParser.TryParseDictionary(B24Signature, out var signature));
        var value = (byte[])((SfItem)signature.Members[0].Value).Value;

        Assert.False(RfcKey().VerifySignature(Encoding.ASCII.GetBytes(B24SignatureBase.Replace("200", "201", StringComparison.Ordinal)), value));
    }

    [Fact]
    public void Published_content_digests_match_the_published_bodies()
    {
        Assert.True(ContentDigest.Matches(RequestContentDigest, Body));
        Assert.True(ContentDigest.Matches(B24ResponseContentDigest, Encoding.ASCII.GetBytes(ResponseBody)));
    }

    [Fact]
    public void Section_4_3_client_request_verifies_end_to_end()
    {
        var request = Section43Request(Section43SignatureInput, Section43Signature);

        var check = TestRequests.Check(request, Body, RfcKey().X, RfcKey().Y, DateTimeOffset.FromUnixTimeSeconds(Section43Created));

        Assert.Equal(SignatureCheck.Valid("test-key-ecc-p256"), check);
    }

    [Fact]
    public void Section_4_3_client_request_with_a_changed_authority_does_not_verify()
    {
        var request = Section43Request(Section43SignatureInput, Section43Signature, host: "origin.host.internal.example");

        var check = TestRequests.Check(request, Body, RfcKey().X, RfcKey().Y, DateTimeOffset.FromUnixTimeSeconds(Section43Created));

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.BadSignature), check);
    }

    [Fact]
    public void Section_4_3_request_with_the_proxy_signature_added_is_refused_as_two_signatures()
    {
        var request = Section43Request(
            Section43SignatureInput + ", " + Section43ProxySignatureInput,
            Section43Signature + ", " + Section43ProxySignature);

        Assert.False(SignedRequest.TryParse(request, out _, out var failure));
        Assert.Equal(SignatureFailure.NotExactlyOneSignature, failure);
    }

    [Fact]
    public void B3_signature_base_is_rebuilt_from_the_request_and_verifies()
    {
        var request = TestRequests.Create(
            "POST",
            "/foo?param=Value&Pet=dog",
            [
                new("Date", "Tue, 20 Apr 2021 02:07:55 GMT"),
                new("Content-Type", "application/json"), new("Content-Length", "18"), new("Client-Cert", B3ClientCert),
                new("Signature-Input", B3SignatureInput), new("Signature", B3Signature),
            ],
            Body,
            host: "service.internal.example");
        Assert.True(StructuredFieldParser.TryParseDictionary(B3SignatureInput, out var input));
        Assert.True(StructuredFieldParser.TryParseDictionary(B3Signature, out var signature));

        Assert.True(SignatureBaseBuilder.TryBuild(request, (SfInnerList)input.Members[0].Value, out var signatureBase, out _));
        Assert.Equal(B3SignatureBase, signatureBase);
        Assert.True(RfcKey().VerifySignature(Encoding.ASCII.GetBytes(signatureBase), (byte[])((SfItem)signature.Members[0].Value).Value));

        // The proxy signed the body-carrying request without covering content-digest, which our devices must not do.
        Assert.Equal(
            SignatureCheck.Invalid(SignatureFailure.RequiredComponentNotCovered),
            TestRequests.Check(request, Body, RfcKey().X, RfcKey().Y, DateTimeOffset.FromUnixTimeSeconds(1618884473)));
    }

    private static HttpRequest Section43Request(string signatureInput, string signature, string host = "example.com") =>
        TestRequests.Create(
            "POST",
            "/foo?param=Value&Pet=dog",
            [
                new("Date", "Tue, 20 Apr 2021 02:07:55 GMT"), new("Content-Type", "application/json"),
                new("Content-Length", "18"), new("Content-Digest", RequestContentDigest),
                new("Signature-Input", signatureInput), new("Signature", signature),
            ],
            Body,
            host: host);

    private static P256PublicKey RfcKey()
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(EccP256PublicKeyPem);
        var point = ecdsa.ExportParameters(includePrivateParameters: false).Q;
        Assert.True(P256PublicKey.TryCreate(Base64Url.EncodeToString(point.X), Base64Url.EncodeToString(point.Y), out var key));
        return key;
    }
}
