namespace MfaGrains.Load.Portal;

/// <summary>A challenge as the portal got it: its id and the number it shows the person.</summary>
public sealed record IssuedChallenge(string ChallengeId, string Number);

/// <summary>A started enrolment: its id and the activation code the QR code carries.</summary>
public sealed record StartedEnrolment(string EnrolmentId, string ActivationCode);
