namespace MfaGrains.Contracts.Devices;

/// <summary>Whether a device may approve sign-ins yet.</summary>
[GenerateSerializer, Alias("mfa.DeviceStatus")]
public enum DeviceStatus
{
    AwaitingVerification = 0,
    Active = 1,
}
