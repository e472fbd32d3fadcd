namespace MfaGrains.Messaging.Sending;

/// <summary>How a one-time passcode reaches a person's phone number.</summary>
public enum PasscodeChannel
{
    Sms,
    Voice,
}
