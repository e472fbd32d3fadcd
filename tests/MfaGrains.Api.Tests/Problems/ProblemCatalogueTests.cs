using System.Text.RegularExpressions;
using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Tests.Problems;

public sealed class ProblemCatalogueTests
{
    /// <summary>The contract's closed list, in its order.</summary>
    internal static readonly string[] ContractCodes =
    [
        "unauthenticated", "invalid_signature", "stale_signature", "validation_failed",
        "unsupported_media_type", "payload_too_large", "not_found", "user_not_found",
        "enrolment_not_found", "enrolment_not_pending", "invalid_activation_code",
        "device_already_registered", "device_not_found", "too_many_devices", "too_many_attempts",
        "no_active_device", "challenge_not_found", "challenge_not_pending", "too_many_challenges",
        "locked", "invalid_code", "totp_not_found", "invalid_phone_number", "phone_number_missing",
    ];

    [Fact]
    public void Every_error_code_has_a_definition_with_a_unique_snake_case_code()
    {
        var definitions = Enum.GetValues<MfaErrorCode>().Select(ProblemCatalogue.Get).ToList();

        Assert.All(definitions, d => Assert.Matches(new Regex("^[a-z]+(_[a-z]+)*$"), d.WireCode));
        Assert.Equal(definitions.Count, definitions.Select(d => d.WireCode).Distinct().Count());
        Assert.Equal(Enum.GetValues<MfaErrorCode>().Length, ProblemCatalogue.All.Count);
    }

    [Fact]
    public void Wire_codes_are_exactly_the_contract_list()
    {
        Assert.Equal(
            ContractCodes.Order(StringComparer.Ordinal),
            ProblemCatalogue.All.Select(d => d.WireCode).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(MfaErrorCode.Unauthenticated, 401)]
    [InlineData(MfaErrorCode.InvalidSignature, 401)]
    [InlineData(MfaErrorCode.StaleSignature, 401)]
    [InlineData(MfaErrorCode.ValidationFailed, 400)]
    [InlineData(MfaErrorCode.UnsupportedMediaType, 415)]
    [InlineData(MfaErrorCode.PayloadTooLarge, 413)]
    [InlineData(MfaErrorCode.NotFound, 404)]
    [InlineData(MfaErrorCode.UserNotFound, 404)]
    [InlineData(MfaErrorCode.EnrolmentNotFound, 404)]
    [InlineData(MfaErrorCode.EnrolmentNotPending, 409)]
    [InlineData(MfaErrorCode.InvalidActivationCode, 400)]
    [InlineData(MfaErrorCode.DeviceAlreadyRegistered, 409)]
    [InlineData(MfaErrorCode.DeviceNotFound, 404)]
    [InlineData(MfaErrorCode.TooManyDevices, 409)]
    [InlineData(MfaErrorCode.TooManyAttempts, 429)]
    [InlineData(MfaErrorCode.NoActiveDevice, 409)]
    [InlineData(MfaErrorCode.ChallengeNotFound, 404)]
    [InlineData(MfaErrorCode.ChallengeNotPending, 409)]
    [InlineData(MfaErrorCode.TooManyChallenges, 429)]
    [InlineData(MfaErrorCode.Locked, 423)]
    [InlineData(MfaErrorCode.InvalidCode, 400)]
    [InlineData(MfaErrorCode.TotpNotFound, 404)]
    [InlineData(MfaErrorCode.InvalidPhoneNumber, 400)]
    [InlineData(MfaErrorCode.PhoneNumberMissing, 409)]
    public void Each_code_has_the_contract_status(MfaErrorCode code, int status)
    {
        Assert.Equal(status, ProblemCatalogue.Get(code).Status);
    }

    [Fact]
    public void Problem_types_are_stable_uris_named_after_the_code()
    {
        Assert.All(ProblemCatalogue.All, d =>
        {
            Assert.Equal("https://mfagrains.dev/problems/" + d.WireCode, d.Type);
            Assert.True(Uri.IsWellFormedUriString(d.Type, UriKind.Absolute));
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(string.IsNullOrWhiteSpace(d.DefaultDetail));
        });
    }
}
