namespace MfaGrains.Contracts.Devices;

/// <summary>The phone's operating system, which picks its push service.</summary>
[GenerateSerializer, Alias("mfa.DevicePlatform")]
public enum DevicePlatform
{
    Android = 0,
    Ios = 1,
}
