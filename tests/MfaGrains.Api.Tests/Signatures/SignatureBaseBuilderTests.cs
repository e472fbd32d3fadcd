using MfaGrains.Api.Signatures;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MfaGrains.Api.Tests.Signatures;

public sealed class SignatureBaseBuilderTests
{
    [Fact]
    public void Derived_components_take_their_RFC_9421_values()
    {
        var request = TestRequests.Create("POST", "/v1/devices/d1/challenges?x=1&y=%20", [], host: "MFA.Example:443");

        var signatureBase = Build(request, "(\"@method\" \"@target-uri\" \"@authority\" \"@scheme\" \"@request-target\" \"@path\" \"@query\");created=1");

        Assert.Equal(
            "\"@method\": POST\n"
            + "\"@target-uri\": https://mfa.example/v1/devices/d1/challenges?x=1&y=%20\n"
            + "\"@authority\": mfa.example\n"
            + "\"@scheme\": https\n"
            + "\"@request-target\": /v1/devices/d1/challenges?x=1&y=%20\n"
            + "\"@path\": /v1/devices/d1/challenges\n"
            + "\"@query\": ?x=1&y=%20\n"
            + "\"@signature-params\": (\"@method\" \"@target-uri\" \"@authority\" \"@scheme\" \"@request-target\" \"@path\" \"@query\");created=1",
            signatureBase);
    }

    [Fact]
    public void Absent_query_is_a_lone_question_mark_and_a_non_default_port_stays()
    {
        var request = TestRequests.Create("GET", "/v1/x", [], host: "mfa.example:8443");

        Assert.Equal(
            "\"@query\": ?\n\"@authority\": mfa.example:8443\n\"@signature-params\": (\"@query\" \"@authority\")",
            Build(request, "(\"@query\" \"@authority\")"));
    }

    [Fact]
    public void Raw_request_target_is_preferred_so_percent_encoding_survives()
    {
        var request = TestRequests.Create("GET", "/v1/caf%C3%A9", []);
        request.HttpContext.Features.Get<IHttpRequestFeature>()!.RawTarget = "/v1/caf%c3%a9?q=%7E";

        Assert.Equal(
            "\"@path\": /v1/caf%c3%a9\n\"@query\": ?q=%7E\n\"@signature-params\": (\"@path\" \"@query\")",
            Build(request, "(\"@path\" \"@query\")"));
    }

    [Fact]
    public void Repeated_header_lines_are_trimmed_and_joined()
    {
        var request = TestRequests.Create("GET", "/", [new("X-List", "  a, b "), new("x-list", "\tc")]);
        request.Headers["X-Empty"] = "";

        Assert.Equal("\"x-list\": a, b, c\n\"@signature-params\": (\"x-list\")", Build(request, "(\"x-list\")"));
        Assert.Equal("\"x-empty\": \n\"@signature-params\": (\"x-empty\")", Build(request, "(\"x-empty\")"));
    }

    [Theory]
    [InlineData("(\"content-type\")", SignatureFailure.MissingComponent)]
    [InlineData("(\"Content-Type\")", SignatureFailure.UnsupportedComponent)]
    [InlineData("(\"@status\")", SignatureFailure.UnsupportedComponent)]
    [InlineData("(\"@signature-params\")", SignatureFailure.UnsupportedComponent)]
    [InlineData("(\"@query-param\";name=\"x\")", SignatureFailure.UnsupportedComponent)]
    [InlineData("(\"x-list\";sf)", SignatureFailure.UnsupportedComponent)]
    [InlineData("(\"x-list\";bs)", SignatureFailure.UnsupportedComponent)]
    [InlineData("(\"x-list\";key=\"a\")", SignatureFailure.UnsupportedComponent)]
    [InlineData("(\"@method\";req)", SignatureFailure.UnsupportedComponent)]
    [InlineData("(\"@method\" \"@method\")", SignatureFailure.UnsupportedComponent)]
    [InlineData("(\"\")", SignatureFailure.UnsupportedComponent)]
    [InlineData("(\"x list\")", SignatureFailure.UnsupportedComponent)]
    [InlineData("(\"x-latin\")", SignatureFailure.UnsupportedComponent)]
    public void Unbuildable_components_fail(string signatureParams, SignatureFailure expected)
    {
        var request = TestRequests.Create("GET", "/", [new("X-List", "a"), new("X-Latin", "café")]);
        Assert.True(StructuredFieldParser.TryParseDictionary("s=" + signatureParams, out var dictionary));

        Assert.False(SignatureBaseBuilder.TryBuild(request, (SfInnerList)dictionary.Members[0].Value, out _, out var failure));
        Assert.Equal(expected, failure);
    }

    private static string Build(HttpRequest request, string signatureParams)
    {
        Assert.True(StructuredFieldParser.TryParseDictionary("s=" + signatureParams, out var dictionary));
        Assert.True(SignatureBaseBuilder.TryBuild(request, (SfInnerList)dictionary.Members[0].Value, out var signatureBase, out var failure), failure.ToString());
        return signatureBase;
    }
}
