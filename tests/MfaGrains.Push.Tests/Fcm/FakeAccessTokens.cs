using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MfaGrains.Push.Tests.Fcm;

/// <summary>The access tokens the fake token endpoint issued, with their expiry; FCM accepts only these.</summary>
internal sealed class FakeAccessTokens(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);

    public string Issue(TimeSpan lifetime)
    {
        var token = "ya29.fake-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _expiries[token] = timeProvider.GetUtcNow() + lifetime;
        return token;
    }

    public bool WasIssued(string token) => _expiries.ContainsKey(token);

    public bool IsValid(string token) => _expiries.TryGetValue(token, out var expiry) && expiry > timeProvider.GetUtcNow();

    /// <summary>Makes a token invalid at once, as Google does when a key is disabled.</summary>
    public void Revoke(string token) => _expiries[token] = DateTimeOffset.MinValue;
}
