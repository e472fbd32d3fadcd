namespace MfaGrains.Messaging.Sending;

/// <summary>A one-time passcode to deliver. The code is a secret: senders pass it to the gateway and never log it.</summary>
/// <param name="Channel">SMS or a voice call.</param>
/// <param name="PhoneNumber">The E.164 number, e.g. <c>+447700900123</c>.</param>
/// <param name="Code">The six-digit code.</param>
/// <param name="ExpiresAt">When the code stops working, for the message text.</param>
/// <param name="Reference">An opaque id for the gateway's delivery receipts; never personal data.</param>
public sealed record PasscodeMessage(PasscodeChannel Channel, string PhoneNumber, string Code, DateTimeOffset ExpiresAt, string Reference)
{
    /// <summary>Hides the code and most of the number, so a message can appear in a log or a debugger safely.</summary>
    public override string ToString() => $"PasscodeMessage {{ Channel = {Channel}, Reference = {Reference} }}";
}
