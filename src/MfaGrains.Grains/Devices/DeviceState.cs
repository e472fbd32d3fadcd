namespace MfaGrains.Grains.Devices;

/// <summary>What is stored about one device key.</summary>
[GenerateSerializer, Alias("mfa.DeviceState")]
public sealed class DeviceState
{
    [Id(0)] public DeviceRegistration? Registration { get; set; }

    [Id(1)] public DateTimeOffset? RegisteredAt { get; set; }
}
