using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MfaGrains.Messaging.Gateways;
using MfaGrains.Messaging.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MfaGrains.Messaging.Webhook;

/// <summary>Hands passcodes to any voice or SMS gateway as an HMAC-signed JSON POST (see <see cref="WebhookSignature"/>); any 2xx is acceptance.</summary>
public sealed class WebhookPasscodeSender : IPasscodeSender
{
    /// <summary>The name of the <see cref="HttpClient"/> this sender uses.</summary>
    public const string HttpClientName = "MfaGrains.Messaging.Webhook";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly Uri _url;
    private readonly byte[] _secret;
    private readonly IReadOnlySet<PasscodeChannel> _channels;
    private readonly TimeProvider _time;
    private readonly ILogger<WebhookPasscodeSender> _logger;

    /// <summary>Creates the sender from validated <see cref="WebhookOptions"/>.</summary>
    public WebhookPasscodeSender(IHttpClientFactory httpClientFactory, IOptions<WebhookOptions> options, TimeProvider timeProvider, ILogger<WebhookPasscodeSender> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _httpClientFactory = httpClientFactory;
        _url = new Uri(settings.Url!);
        _secret = Encoding.UTF8.GetBytes(settings.Secret!);
        _channels = WebhookChannels.TryParse(settings.Channels)
            ?? throw new InvalidOperationException($"{WebhookOptions.Section}:{nameof(WebhookOptions.Channels)} may list only 'sms' and 'voice'.");
        _time = timeProvider;
        _logger = logger;
    }

    /// <inheritdoc/>
    public bool Serves(PasscodeChannel channel) => _channels.Contains(channel);

    /// <inheritdoc/>
    public async Task<PasscodeSendResult> SendAsync(PasscodeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Serves(message.Channel))
        {
            return new PasscodeSendResult(false, null, PasscodeGatewayErrors.ChannelNotServed);
        }

        var payload = WebhookPayload.For(message);
        using var request = CreateRequest(payload);
        try
        {
            using var response = await _httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                WebhookLog.Accepted(_logger, payload.Channel, message.Reference, status);
                return new PasscodeSendResult(true, null, null);
            }

            // A throttled or failing gateway passes; any other refusal is our URL, secret or body and needs a person.
            WebhookLog.Refused(_logger, status is 429 or >= 500 ? LogLevel.Warning : LogLevel.Error, payload.Channel, message.Reference, status);
            return new PasscodeSendResult(false, null, PasscodeGatewayErrors.ForStatus(status));
        }
        catch (Exception e) when (GatewayFailure.TryClassify(e, cancellationToken, out var error))
        {
            WebhookLog.TransportFailed(_logger, e, payload.Channel, message.Reference, error);
            return new PasscodeSendResult(false, null, error);
        }
    }

    private HttpRequestMessage CreateRequest(WebhookPayload payload)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(payload, WebhookJsonContext.Default.WebhookPayload);
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = content };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(_secret, timestamp, body));
        return request;
    }
}
