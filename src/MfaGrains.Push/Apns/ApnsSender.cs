using MfaGrains.Push.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MfaGrains.Push.Apns;

/// <summary>Sends challenge notifications to iPhones through APNs over HTTP/2 with an ES256 provider token, like dotAPNS' <c>ApnsClient</c>.</summary>
public sealed class ApnsSender : IPushSender, IDisposable
{
    /// <summary>The name of the <see cref="HttpClient"/> registered by <see cref="ApnsServiceCollectionExtensions.AddApnsSender"/>.</summary>
    public const string HttpClientName = "MfaGrains.Push.Apns";

    private readonly ApnsProviderToken _providerToken;
    private readonly ApnsAttempt _attempt;
    private readonly string _topic;
    private readonly ILogger<ApnsSender> _logger;

    /// <summary>Creates the sender from validated <see cref="ApnsOptions"/>.</summary>
    public ApnsSender(IHttpClientFactory httpClientFactory, IOptions<ApnsOptions> options, TimeProvider timeProvider, ILogger<ApnsSender> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;

        // Validated at start-up; this fails only if the file changed since, and then loudly rather than at each send.
        var key = ApnsSigningKey.TryLoad(settings.PrivateKeyPath, out var error) ?? throw new InvalidOperationException(error);
        _providerToken = new ApnsProviderToken(key, settings.KeyId!, settings.TeamId!, timeProvider);
        _topic = settings.Topic!;
        _logger = logger;

        // One client for the sender's whole life: the factory's handler for it never expires, so Apple's connections stay open for hours.
        var http = httpClientFactory.CreateClient(HttpClientName);
        _attempt = new ApnsAttempt(http, settings.BaseUrl.TrimEnd('/') + "/3/device/", timeProvider, logger);
    }

    /// <inheritdoc/>
    public PushProvider Provider => PushProvider.Apns;

    /// <inheritdoc/>
    public async Task<PushResult> SendAsync(PushMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var push = ApplePush.ForChallenge(message, _topic);
        if (!push.HasWellFormedToken)
        {
            ApnsLog.MalformedToken(_logger, message.ChallengeId, push.TokenTag);
            return new PushResult(PushOutcome.DropToken, null, ApnsReasons.BadDeviceToken, null, null);
        }

        var providerToken = _providerToken.Current;
        var result = await _attempt.SendAsync(push, message.ChallengeId, providerToken, cancellationToken);
        if (result.Reason != ApnsReasons.ExpiredProviderToken)
        {
            return result;
        }

        var renewed = _providerToken.RenewAfterExpired(providerToken, out var age);
        if (renewed is null)
        {
            // A token younger than 20 minutes cannot have expired: our clock is off, and a new token would not help.
            ApnsLog.ProviderTokenTooYoungToExpire(_logger, age);
            return result;
        }

        ApnsLog.ProviderTokenRenewed(_logger, message.ChallengeId);
        return await _attempt.SendAsync(push, message.ChallengeId, renewed, cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose() => _providerToken.Dispose();
}
