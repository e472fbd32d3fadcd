using MfaGrains.Messaging.Sending;

namespace MfaGrains.Messaging.Tests.Support;

/// <summary>Test passcode messages with values distinctive enough to search logs for.</summary>
internal static class Passcodes
{
    public const string PhoneNumber = "+447700900123";
    public const string Code = "428613";

    public static PasscodeMessage Sms(string reference = "psc-01JX3S7Q") =>
        new(PasscodeChannel.Sms, PhoneNumber, Code, TestClock.Start.AddMinutes(5), reference);

    public static PasscodeMessage Voice(string reference = "psc-01JX3S7R", DateTimeOffset? expiresAt = null) =>
        new(PasscodeChannel.Voice, PhoneNumber, Code, expiresAt ?? TestClock.Start.AddMinutes(5), reference);
}
