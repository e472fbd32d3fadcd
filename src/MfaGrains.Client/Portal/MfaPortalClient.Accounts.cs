using MfaGrains.Client.Json;

namespace MfaGrains.Client;

/// <summary>Account administration: read, remove a device, unlock.</summary>
public sealed partial class MfaPortalClient
{
    /// <summary><c>GET /v1/users/{userId}</c>: devices, authenticators, masked phone number and locks.</summary>
    public Task<Account> GetAccountAsync(string userId, CancellationToken cancellationToken = default) =>
        http.SendAsync(Request(HttpMethod.Get, User(userId)), ClientJson.Default.Account, cancellationToken);

    /// <summary><c>DELETE …/devices/{deviceId}</c>.</summary>
    public Task RemoveDeviceAsync(string userId, string deviceId, CancellationToken cancellationToken = default) =>
        http.SendAsync(Request(HttpMethod.Delete, User(userId) + "/devices" + Segment(deviceId)), cancellationToken);

    /// <summary><c>POST …/unlock</c>: clears the push lock, the passcode lock and the cool-down.</summary>
    public Task UnlockAsync(string userId, CancellationToken cancellationToken = default) =>
        http.SendAsync(Request(HttpMethod.Post, User(userId) + "/unlock"), cancellationToken);
}
