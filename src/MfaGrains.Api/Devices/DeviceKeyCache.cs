using MfaGrains.Api.Signatures;
using Microsoft.Extensions.Caching.Memory;

namespace MfaGrains.Api.Devices;

/// <summary>
/// Stored device keys, imported once per API instance rather than on every signed request: a sign-in brings two
/// requests from the same phone within seconds, and importing a key is the dearest step of checking a signature.
/// </summary>
/// <remarks>
/// It caches only the parsed key, never the decision: every request still asks the device grain for the credential
/// (so a removed device is refused at once) and uses the cached key only while the stored coordinates are the same.
/// </remarks>
public sealed class DeviceKeyCache : IDisposable
{
    // About 1 KiB a key with OpenSSL's; an entry unused for the sliding window is dropped, so the cache holds the phones
    // active in the last few minutes, up to the limit.
    private const int MaximumKeys = 50_000;
    private static readonly TimeSpan SlidingWindow = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _keys = new(new MemoryCacheOptions { SizeLimit = MaximumKeys });

    /// <summary>The key with these stored coordinates, from the cache or newly validated; null when they are no valid key.</summary>
    public P256PublicKey? Get(string deviceId, string x, string y)
    {
        if (_keys.TryGetValue(deviceId, out P256PublicKey? cached) && cached!.X == x && cached.Y == y)
        {
            return cached;
        }

        if (!P256PublicKey.TryCreate(x, y, out var key))
        {
            return null;
        }

        _keys.Set(deviceId, key, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = SlidingWindow });
        return key;
    }

    /// <inheritdoc/>
    public void Dispose() => _keys.Dispose();
}
