using MfaGrains.Api.Signatures;
using MfaGrains.Contracts.Devices;
using Microsoft.Extensions.Caching.Memory;

namespace MfaGrains.Api.Devices;

/// <summary>
/// Stored device credentials (the owner and the imported key), looked up once per API instance rather than on every
/// signed request: a sign-in brings two requests from the same phone within seconds, and each lookup was a grain call
/// and each import the dearest step of checking a signature.
/// </summary>
/// <remarks>
/// What it keeps cannot go stale in a way that grants anything: a device id is its key's thumbprint, so the key of an
/// id never changes, and whether the device may still act is judged on every request by the owner's user grain,
/// which answers "device not found" for a removed or lapsed device. The one thing that can change is the owner, when
/// a removed device's key is activated again for someone else; the old owner's grain then refuses, the phone hears
/// <c>invalid_signature</c> once, and the entry is forgotten (<see cref="Forget"/>), as it is on activation.
/// </remarks>
public sealed class DeviceKeyCache : IDisposable
{
    // About 1 KiB a key with OpenSSL's; an entry unused for the sliding window is dropped, so the cache holds the phones
    // active in the last few minutes, up to the limit.
    private const int MaximumKeys = 50_000;
    private static readonly TimeSpan SlidingWindow = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _devices = new(new MemoryCacheOptions { SizeLimit = MaximumKeys });

    /// <summary>The owner and key of a device looked up before, or null.</summary>
    public DeviceKey? Find(string deviceId) => _devices.TryGetValue(deviceId, out DeviceKey? known) ? known : null;

    /// <summary>The device's key from its stored credential, validated, imported and kept; null when it is no valid key.</summary>
    public P256PublicKey? Remember(string deviceId, DeviceCredential credential)
    {
        if (!P256PublicKey.TryCreate(credential.PublicKey.X, credential.PublicKey.Y, out var key))
        {
            return null;
        }

        _devices.Set(deviceId, new DeviceKey(key, credential.UserId, null), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = SlidingWindow });
        return key;
    }

    /// <summary>Drops what is known of a device, so its next request looks its credential up again.</summary>
    public void Forget(string deviceId) => _devices.Remove(deviceId);

    /// <inheritdoc/>
    public void Dispose() => _devices.Dispose();
}
