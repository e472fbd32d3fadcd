using MfaGrains.Grains.Options;
using MfaGrains.Grains.Passcodes;
using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Tests.Cluster;
using MfaGrains.Grains.Users;

namespace MfaGrains.Grains.Tests.Users;

/// <summary>
/// Drives the pure <see cref="UserAccount"/> the way the user grain does (settle at "now", then apply one command),
/// with a clock that moves only when a test says so.
/// </summary>
internal sealed class TestAccount
{
    public const string UserId = "jane.doe@nhs.net";
    public const string Number = "47";
    public const string WrongNumber = "48";

    private static readonly ChallengeContext Context = new("NHSmail", null, null, null);
    private int _sequence;

    public TestAccount(
        Action<EnrolmentOptions>? enrolment = null,
        Action<ChallengeOptions>? challenges = null,
        Action<AbuseLimitOptions>? limits = null,
        Action<PasscodeOptions>? passcodes = null)
    {
        Policy = new MfaPolicy(
            Microsoft.Extensions.Options.Options.Create(Configured(enrolment)),
            Microsoft.Extensions.Options.Options.Create(Configured(challenges)),
            Microsoft.Extensions.Options.Options.Create(Configured(limits)),
            Microsoft.Extensions.Options.Options.Create(Configured(passcodes)));
    }

    public UserState State { get; } = new();

    public MfaPolicy Policy { get; }

    public SecretHasher Hasher { get; } = TestSecrets.Hasher();

    public SecretProtector Protector { get; } = TestSecrets.Protector();

    /// <summary>The base32 TOTP seed each activated device was given, as its app would hold it.</summary>
    public Dictionary<string, string> DeviceSeeds { get; } = [];

    public UserAccount Account => new(UserId, State, Policy, Hasher, Protector);

    public DateTimeOffset Now { get; private set; } = TestClock.Epoch;

    public void Advance(TimeSpan by) => Now += by;

    public void AdvanceTo(DateTimeOffset when) => Now = when;

    /// <summary>Records expiries due by now, as every grain command does first.</summary>
    public void Settle() => Account.Settle(Now);

    public EnrolmentRecord StartEnrolment(out string activationCode)
    {
        Settle();
        activationCode = (100_000_000 + ++_sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Account.StartEnrolment(
            NewId("enr_"), "Jane's phone", Hasher.Hash(SecretPurposes.ActivationCode, activationCode), new ProtectedSecret { KeyId = "k1", Sealed = "sealed" }, Now);
    }

    public MfaResult<EnrolmentRecord> Activate(
        string enrolmentId, string activationCode, string deviceId, bool hasPushToken = true, DevicePlatform platform = DevicePlatform.Android)
    {
        Settle();
        var request = new ActivationRequest(enrolmentId, activationCode, deviceId, new DevicePublicKey("x", "y"), platform, hasPushToken ? "token" : null, "Pixel 8", "1.0.0");
        var checkedEnrolment = Account.CheckActivation(request, Now);
        if (checkedEnrolment.Value is { } enrolment)
        {
            DeviceSeeds[deviceId] = TotpSeed.NewBase32();
            var pushToken = request.PushToken is { } token ? Protector.Protect(SecretPurposes.PushToken, token) : null;
            Account.Activate(enrolment, request, TotpSeed.Seal(Protector, DeviceSeeds[deviceId]), pushToken, Now);
        }

        return checkedEnrolment;
    }

    /// <summary>A device activated but not yet verified by a test challenge; returns its enrolment.</summary>
    public EnrolmentRecord AddUnverifiedDevice(string deviceId, bool hasPushToken = true, DevicePlatform platform = DevicePlatform.Android)
    {
        var enrolment = StartEnrolment(out var code);
        var activated = Activate(enrolment.Id, code, deviceId, hasPushToken, platform);
        Assert.True(activated.Succeeded, $"activation refused: {activated.Failure}");
        return enrolment;
    }

    public DeviceRecord AddActiveDevice(string deviceId, bool hasPushToken = true, DevicePlatform platform = DevicePlatform.Android)
    {
        var enrolment = AddUnverifiedDevice(deviceId, hasPushToken, platform);
        var test = Test(enrolment.Id);
        Assert.Equal(ChallengeStatus.Approved, Answer(deviceId, test.Id, AnswerDecision.Approve, Number).Value?.Status);
        return Account.FindDevice(deviceId)!;
    }

    /// <summary>Issues a sign-in challenge to every active device, after the checks the grain makes; fails the test if refused.</summary>
    public ChallengeRecord SignIn()
    {
        var refusal = RefusedSignIn();
        Assert.True(refusal is null, $"sign-in refused: {refusal}");
        return Account.Issue(NewId("chl_"), ChallengeKind.SignIn, null, Account.ActiveDevices, Context, NumberHash, Now, Now + Policy.Challenges.Lifetime);
    }

    /// <summary>Why a sign-in challenge would be refused now, or null.</summary>
    public MfaFailure? RefusedSignIn()
    {
        Settle();
        return Account.RefuseSignIn(Now);
    }

    /// <summary>Issues an enrolment test challenge to the enrolment's new device.</summary>
    public ChallengeRecord Test(string enrolmentId)
    {
        Settle();
        var enrolment = Account.FindEnrolment(enrolmentId)!;
        var device = Account.FindDevice(enrolment.DeviceId!)!;
        var expiresAt = Min(Now + Policy.Challenges.Lifetime, enrolment.ExpiresAt);
        return Account.Issue(NewId("chl_"), ChallengeKind.EnrolmentTest, enrolmentId, [device], Context, NumberHash, Now, expiresAt);
    }

    public MfaResult<ChallengeRecord> Answer(string deviceId, string challengeId, AnswerDecision decision, string? number = null)
    {
        Settle();
        return Account.Answer(new ChallengeAnswer(deviceId, challengeId, decision, number), Now, out _);
    }

    public ChallengeRecord Approve(string deviceId, ChallengeRecord challenge) => Resolved(Answer(deviceId, challenge.Id, AnswerDecision.Approve, Number));

    public ChallengeRecord Deny(string deviceId, ChallengeRecord challenge) => Resolved(Answer(deviceId, challenge.Id, AnswerDecision.Deny));

    public ChallengeRecord Report(string deviceId, ChallengeRecord challenge) => Resolved(Answer(deviceId, challenge.Id, AnswerDecision.Report));

    /// <summary>The phone polls its pending list and sees <paramref name="challenge"/> there.</summary>
    public ChallengeRecord Fetch(string deviceId, ChallengeRecord challenge)
    {
        Settle();
        Assert.Contains(Account.PendingFor(deviceId, Now), p => p.ChallengeId == challenge.Id);
        return challenge;
    }

    public ChallengeView View(ChallengeRecord challenge) => Account.ToView(challenge, Now);

    private string NumberHash => Hasher.Hash(SecretPurposes.ChallengeNumber, Number);

    private string NewId(string prefix) => prefix + (++_sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ChallengeRecord Resolved(MfaResult<ChallengeRecord> answered)
    {
        Assert.True(answered.Succeeded, $"answer refused: {answered.Failure}");
        return answered.Value!;
    }

    private static T Configured<T>(Action<T>? configure)
        where T : class, new()
    {
        var options = new T();
        configure?.Invoke(options);
        return options;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
