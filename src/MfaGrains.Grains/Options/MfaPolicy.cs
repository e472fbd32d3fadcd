using Microsoft.Extensions.Options;

namespace MfaGrains.Grains.Options;

/// <summary>The validated settings the domain rules read, gathered in one place.</summary>
public sealed class MfaPolicy(
    IOptions<EnrolmentOptions> enrolment,
    IOptions<ChallengeOptions> challenges,
    IOptions<AbuseLimitOptions> limits,
    IOptions<PasscodeOptions> passcodes)
{
    public EnrolmentOptions Enrolment { get; } = enrolment.Value;

    public ChallengeOptions Challenges { get; } = challenges.Value;

    public AbuseLimitOptions Limits { get; } = limits.Value;

    public PasscodeOptions Passcodes { get; } = passcodes.Value;
}
