namespace MfaGrains.Load.Users;

/// <summary>A fully enrolled user as a later run needs it: the user, its active device, and the phone's private key (PKCS#8, base64).</summary>
public sealed record SeededUser(string UserId, string DeviceId, string PrivateKey);
