using Microsoft.Extensions.Caching.Memory;

namespace MfaGrains.Api.Devices;

/// <summary>
/// Device ids this API instance recently found unregistered, so a flood of signed-looking requests for one unknown id
/// asks the cluster once rather than activating (and reading) a device grain for each.
/// </summary>
/// <remarks>Short-lived: a phone activated through another instance is refused here for at most <see cref="Lifetime"/>.</remarks>
public sealed class UnknownDevices : IDisposable
{
    /// <summary>How long an id stays known as unknown.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    // Ids are 43 characters; 100,000 of them are a few MiB at most, and the oldest go first when it is full.
    private const int MaximumIds = 100_000;

    private readonly MemoryCache _ids = new(new MemoryCacheOptions { SizeLimit = MaximumIds });

    /// <summary>Whether <paramref name="deviceId"/> was found unregistered within <see cref="Lifetime"/>.</summary>
    public bool Contains(string deviceId) => _ids.TryGetValue(deviceId, out _);

    /// <summary>Remembers that <paramref name="deviceId"/> has no credential.</summary>
    public void Add(string deviceId) =>
        _ids.Set(deviceId, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });

    /// <summary>Forgets <paramref name="deviceId"/>, when this instance has just registered it.</summary>
    public void Remove(string deviceId) => _ids.Remove(deviceId);

    /// <inheritdoc/>
    public void Dispose() => _ids.Dispose();
}
