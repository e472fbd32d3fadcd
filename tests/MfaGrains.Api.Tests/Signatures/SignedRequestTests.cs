using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MfaGrains.Api.Signatures;
using MfaGrains.Api.Tests.Phones;

namespace MfaGrains.Api.Tests.Signatures;

public sealed class SignedRequestTests : IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_760_000_000);
    private static readonly byte[] Body = """{"decision":"approve","number":"42"}"""u8.ToArray();

    private readonly TestPhoneSigner phone = new();

    private string AnswerPath => $"/v1/devices/{phone.DeviceId}/challenges/chl_abc/answer";

    private string ChallengesPath => $"/v1/devices/{phone.DeviceId}/challenges";

    public void Dispose() => phone.Dispose();

    [Fact]
    public void Signed_request_with_body_is_valid()
    {
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now);

        Assert.Equal(SignatureCheck.Valid(phone.DeviceId), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Signed_request_without_body_is_valid()
    {
        var request = TestRequests.Signed(phone, "GET", ChallengesPath, null, Now);

        Assert.Equal(SignatureCheck.Valid(phone.DeviceId), TestRequests.Check(request, null, phone, Now));
    }

    [Fact]
    public void Parsing_exposes_the_key_id_before_any_key_is_known()
    {
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now);

        string[] covered = ["@method", "@path", "content-digest"];

        Assert.True(SignedRequest.TryParse(request, out var signedRequest, out _));
        Assert.Equal(phone.DeviceId, signedRequest.KeyId);
        Assert.Equal("sig1", signedRequest.Label);
        Assert.Equal(Now.ToUnixTimeSeconds(), signedRequest.Created);
        Assert.Equal(covered, signedRequest.CoveredComponents);
    }

    [Theory]
    [InlineData("sig1")]
    [InlineData("phone")]
    [InlineData("a-b_c.d*9")]
    public void Any_label_is_accepted(string label)
    {
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now, new() { Label = label });

        Assert.Equal(SignatureCheck.Valid(phone.DeviceId), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Parameters_in_any_order_are_accepted()
    {
        var options = new TestPhoneSigner.Options
        {
            Parameters = $";alg=\"ecdsa-p256-sha256\";keyid=\"{phone.DeviceId}\";nonce=\"n1\";created={Seconds(Now)}",
        };
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now, options);

        Assert.Equal(SignatureCheck.Valid(phone.DeviceId), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void The_alg_parameter_may_be_left_out()
    {
        var options = new TestPhoneSigner.Options { Parameters = $";created={Seconds(Now)};keyid=\"{phone.DeviceId}\"" };
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now, options);

        Assert.Equal(SignatureCheck.Valid(phone.DeviceId), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Extra_covered_components_in_any_order_are_accepted()
    {
        var options = new TestPhoneSigner.Options
        {
            Components = ["content-type", "@authority", "content-digest", "@path", "@method", "@query"],
            ComponentValues = new Dictionary<string, string>
            {
                ["content-type"] = "application/json",
                ["@authority"] = TestRequests.Host,
                ["@query"] = "?",
            },
        };
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now, options, [new("Content-Type", "application/json")]);

        Assert.Equal(SignatureCheck.Valid(phone.DeviceId), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Request_signed_as_an_HttpRequestMessage_is_valid()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, $"https://{TestRequests.Host}{AnswerPath}");
        phone.Sign(message, Body, Now);

        var request = TestRequests.FromMessage(message, Body);

        Assert.Equal(SignatureCheck.Valid(phone.DeviceId), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Tampered_body_fails_the_digest()
    {
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now);
        var tampered = """{"decision":"approve","number":"43"}"""u8.ToArray();

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.DigestMismatch), TestRequests.Check(request, tampered, phone, Now));
    }

    [Fact]
    public void Body_without_a_digest_header_is_invalid()
    {
        var signature = phone.CreateHeaders("POST", AnswerPath, Body, Now);
        var request = TestRequests.Create("POST", AnswerPath, [new("Signature-Input", signature.SignatureInput), new("Signature", signature.Signature)], Body);

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.MissingDigest), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Body_whose_digest_is_not_covered_is_invalid()
    {
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now, new() { Components = ["@method", "@path"] });

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.RequiredComponentNotCovered), TestRequests.Check(request, Body, phone, Now));
    }

    [Theory]
    [InlineData("@method")]
    [InlineData("@path")]
    public void Request_not_covering_method_and_path_is_invalid(string left)
    {
        string[] required = ["@method", "@path", "content-digest"];
        var components = required.Where(name => name != left).ToArray();
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now, new() { Components = components });

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.RequiredComponentNotCovered), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Signature_for_another_path_is_invalid()
    {
        var signature = phone.CreateHeaders("POST", AnswerPath, Body, Now);
        var request = TestRequests.Create(
            "POST",
            AnswerPath.Replace("chl_abc", "chl_xyz", StringComparison.Ordinal),
            [new("Signature-Input", signature.SignatureInput), new("Signature", signature.Signature), new("Content-Digest", signature.ContentDigest!)],
            Body);

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.BadSignature), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Signature_by_another_key_is_invalid()
    {
        using var other = new TestPhoneSigner();
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now);

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.BadSignature), TestRequests.Check(request, Body, other, Now));
    }

    [Fact]
    public void Key_that_is_not_a_P256_point_is_invalid()
    {
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now);

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.InvalidKey), TestRequests.Check(request, Body, phone.PublicKeyX, phone.PublicKeyX, Now));
    }

    [Fact]
    public void Two_signatures_are_invalid()
    {
        using var other = new TestPhoneSigner();
        var first = phone.CreateHeaders("POST", AnswerPath, Body, Now);
        var second = other.CreateHeaders("POST", AnswerPath, Body, Now, new() { Label = "sig2" });
        var request = TestRequests.Create(
            "POST",
            AnswerPath,
            [
                new("Signature-Input", first.SignatureInput), new("Signature-Input", second.SignatureInput),
                new("Signature", first.Signature + ", " + second.Signature), new("Content-Digest", first.ContentDigest!),
            ],
            Body);

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.NotExactlyOneSignature), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Labels_that_differ_between_the_headers_are_invalid()
    {
        var signature = phone.CreateHeaders("POST", AnswerPath, Body, Now);
        var request = TestRequests.Create(
            "POST",
            AnswerPath,
            [new("Signature-Input", signature.SignatureInput), new("Signature", "other" + signature.Signature[4..]), new("Content-Digest", signature.ContentDigest!)],
            Body);

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.NotExactlyOneSignature), TestRequests.Check(request, Body, phone, Now));
    }

    [Theory]
    [InlineData(";keyid=\"{0}\";alg=\"ecdsa-p256-sha256\"", SignatureFailure.MissingCreated)]
    [InlineData(";created={1};alg=\"ecdsa-p256-sha256\"", SignatureFailure.MissingKeyId)]
    [InlineData(";created={1};keyid=\"\"", SignatureFailure.MissingKeyId)]
    [InlineData(";created={1};keyid=\"{0}\";alg=\"rsa-pss-sha512\"", SignatureFailure.UnsupportedAlgorithm)]
    [InlineData(";created={1};keyid=\"{0}\";alg=ecdsa-p256-sha256", SignatureFailure.MalformedSignature)]
    [InlineData(";created=\"{1}\";keyid=\"{0}\"", SignatureFailure.MalformedSignature)]
    [InlineData(";created={1};keyid={0}", SignatureFailure.MalformedSignature)]
    [InlineData(";created={1}.5;keyid=\"{0}\"", SignatureFailure.MalformedSignature)]
    public void Signature_parameters_are_enforced(string parameters, SignatureFailure expected)
    {
        var options = new TestPhoneSigner.Options
        {
            Parameters = string.Format(CultureInfo.InvariantCulture, parameters, phone.DeviceId, Seconds(Now)),
        };
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now, options);

        Assert.Equal(SignatureCheck.Invalid(expected), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Expires_in_the_past_is_invalid()
    {
        var options = new TestPhoneSigner.Options { Parameters = $";created={Seconds(Now) - 10};keyid=\"{phone.DeviceId}\";expires={Seconds(Now) - 1}" };
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now, options);

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.Expired), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Expires_in_the_future_is_valid()
    {
        var options = new TestPhoneSigner.Options { Parameters = $";created={Seconds(Now)};keyid=\"{phone.DeviceId}\";expires={Seconds(Now) + 30}" };
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now, options);

        Assert.Equal(SignatureCheck.Valid(phone.DeviceId), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Covered_header_missing_from_the_request_is_invalid()
    {
        var options = new TestPhoneSigner.Options
        {
            Components = ["@method", "@path", "content-digest", "content-type"],
            ComponentValues = new Dictionary<string, string> { ["content-type"] = "application/json" },
        };
        var request = TestRequests.Signed(phone, "POST", AnswerPath, Body, Now, options);

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.MissingComponent), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Covered_component_with_parameters_is_unsupported()
    {
        var signature = phone.CreateHeaders("POST", AnswerPath, Body, Now);
        var request = TestRequests.Create(
            "POST",
            AnswerPath,
            [
                new("Signature-Input", signature.SignatureInput.Replace("\"content-digest\"", "\"content-digest\";sf", StringComparison.Ordinal)),
                new("Signature", signature.Signature), new("Content-Digest", signature.ContentDigest!),
            ],
            Body);

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.UnsupportedComponent), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Digest_using_sha_512_is_accepted()
    {
        var digest = "sha-512=:" + Convert.ToBase64String(SHA512.HashData(Body)) + ":";
        var options = new TestPhoneSigner.Options { ComponentValues = new Dictionary<string, string> { ["content-digest"] = digest } };
        var signature = phone.CreateHeaders("POST", AnswerPath, Body, Now, options);
        var request = TestRequests.Create(
            "POST",
            AnswerPath,
            [new("Signature-Input", signature.SignatureInput), new("Signature", signature.Signature), new("Content-Digest", digest)],
            Body);

        Assert.Equal(SignatureCheck.Valid(phone.DeviceId), TestRequests.Check(request, Body, phone, Now));
    }

    [Theory]
    [InlineData("md5=:AAAAAAAAAAAAAAAAAAAAAA==:")]
    [InlineData("sha-256=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:")]
    [InlineData("sha-256=\"not bytes\"")]
    [InlineData("sha-256=:")]
    public void Digest_that_is_unknown_or_wrong_is_invalid(string digest)
    {
        var options = new TestPhoneSigner.Options { ComponentValues = new Dictionary<string, string> { ["content-digest"] = digest } };
        var signature = phone.CreateHeaders("POST", AnswerPath, Body, Now, options);
        var request = TestRequests.Create(
            "POST",
            AnswerPath,
            [new("Signature-Input", signature.SignatureInput), new("Signature", signature.Signature), new("Content-Digest", digest)],
            Body);

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.DigestMismatch), TestRequests.Check(request, Body, phone, Now));
    }

    [Fact]
    public void Signature_of_the_wrong_length_is_invalid()
    {
        var signature = phone.CreateHeaders("GET", ChallengesPath, null, Now);
        var request = TestRequests.Create(
            "GET",
            ChallengesPath,
            [new("Signature-Input", signature.SignatureInput), new("Signature", "sig1=:" + Convert.ToBase64String(new byte[72]) + ":")]);

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.BadSignature), TestRequests.Check(request, null, phone, Now));
    }

    [Fact]
    public void Request_without_signature_headers_is_invalid()
    {
        var request = TestRequests.Create("GET", ChallengesPath, []);

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.MissingSignature), TestRequests.Check(request, null, phone, Now));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("sig1", "sig1")]
    [InlineData("sig1=", "sig1=::")]
    [InlineData("sig1=(", "sig1=:AAAA:")]
    [InlineData("sig1=(\"@method\"", "sig1=:AAAA:")]
    [InlineData("sig1=(\"@method\"\"@path\");created=1;keyid=\"k\"", "sig1=:AAAA:")]
    [InlineData("sig1=(\"@method\" \"@path\");created=1;keyid=\"k\",", "sig1=:AAAA:")]
    [InlineData("sig1=(\"@method\" \"@path\");created=1;keyid=\"k\"", "sig1=AAAA")]
    [InlineData("sig1=(\"@method\" \"@path\");created=1;keyid=\"k\"", "sig1=:AA AA:")]
    [InlineData("sig1=(\"@method\" @path);created=1;keyid=\"k\"", "sig1=:AAAA:")]
    [InlineData("sig1=(\"@method\" \"@path\");created=99999999999999999999;keyid=\"k\"", "sig1=:AAAA:")]
    [InlineData("sig1=(\"@method\" \"@path\");created=1;keyid=\"k\\x\"", "sig1=:AAAA:")]
    [InlineData("SIG1=(\"@method\" \"@path\");created=1;keyid=\"k\"", "SIG1=:AAAA:")]
    [InlineData("sig1=(\"@méthod\" \"@path\");created=1;keyid=\"k\"", "sig1=:AAAA:")]
    [InlineData("sig1=\"@method\";created=1;keyid=\"k\"", "sig1=:AAAA:")]
    [InlineData("sig1=(\"@method\" \"@path\");created=1;keyid=\"k\"", "sig1=(:AAAA:)")]
    [InlineData("\u0000\u0001\u0002", "\uFFFF")]
    [InlineData("sig1=(\"@method\" \"@path\");created=-;keyid=\"k\"", "sig1=:AAAA:")]
    [InlineData("sig1=(\"@method\" \"@path\");created=1;keyid=\"k\";;", "sig1=:AAAA:")]
    public void Garbage_headers_are_invalid_without_throwing(string signatureInput, string signature)
    {
        var request = TestRequests.Create("GET", ChallengesPath, [new("Signature-Input", signatureInput), new("Signature", signature)]);

        var check = TestRequests.Check(request, null, phone, Now);

        Assert.Equal(SignatureOutcome.Invalid, check.Outcome);
    }

    [Fact]
    public void Random_headers_are_invalid_without_throwing()
    {
        var random = new Random(9421);
        const string alphabet = "sig1=();:\"@ -*.,?01abcdefkeyid=created\\/+ \t";
        for (var i = 0; i < 2000; i++)
        {
            var input = new StringBuilder();
            var length = random.Next(0, 60);
            for (var j = 0; j < length; j++)
            {
                input.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var request = TestRequests.Create("GET", ChallengesPath, [new("Signature-Input", input.ToString()), new("Signature", input.ToString())]);

            Assert.Equal(SignatureOutcome.Invalid, TestRequests.Check(request, null, phone, Now).Outcome);
        }
    }

    private static long Seconds(DateTimeOffset time) => time.ToUnixTimeSeconds();
}
