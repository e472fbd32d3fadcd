using Google.Apis.Auth.OAuth2;

namespace MfaGrains.Push.Fcm;

/// <summary>Hands out the OAuth access token for FCM; Google.Apis.Auth caches it and renews it before it expires.</summary>
internal sealed class FcmAccessTokenSource(GoogleCredential credential) : IDisposable
{
    private readonly SemaphoreSlim _refreshGate = new(1, 1);

    public Task<string> GetAsync(CancellationToken cancellationToken) =>
        ((ITokenAccess)credential).GetAccessTokenForRequestAsync(authUri: null, cancellationToken);

    /// <summary>Replaces a token FCM rejected; concurrent callers holding the same rejected token share one refresh.</summary>
    public async Task<string> RefreshAsync(string rejectedToken, CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            var current = await GetAsync(cancellationToken);
            if (!string.Equals(current, rejectedToken, StringComparison.Ordinal))
            {
                return current;
            }

            // The cached token still looks valid to the library, so renewal must be forced.
            var underlying = (ServiceAccountCredential)credential.UnderlyingCredential;
            await underlying.RequestAccessTokenAsync(cancellationToken);
            return underlying.Token.AccessToken;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    public void Dispose() => _refreshGate.Dispose();
}
