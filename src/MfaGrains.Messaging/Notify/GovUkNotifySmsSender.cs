using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MfaGrains.Messaging.Gateways;
using MfaGrains.Messaging.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MfaGrains.Messaging.Notify;

/// <summary>Sends passcode text messages through GOV.UK Notify's <c>POST /v2/notifications/sms</c>, the NHS's usual SMS route.</summary>
public sealed class GovUkNotifySmsSender : IPasscodeSender
{
    /// <summary>The name of the <see cref="HttpClient"/> this sender uses.</summary>
    public const string HttpClientName = "MfaGrains.Messaging.Notify";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly NotifyBearerToken _token;
    private readonly Uri _sendUri;
    private readonly string _templateId;
    private readonly string? _smsSenderId;
    private readonly ILogger<GovUkNotifySmsSender> _logger;

    /// <summary>Creates the sender from validated <see cref="NotifyOptions"/>.</summary>
    public GovUkNotifySmsSender(IHttpClientFactory httpClientFactory, IOptions<NotifyOptions> options, TimeProvider timeProvider, ILogger<GovUkNotifySmsSender> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;

        // Validated at start-up, so this only guards against use without ValidateOnStart; the message quotes no part of the key.
        var key = NotifyApiKey.TryParse(settings.ApiKey)
            ?? throw new InvalidOperationException($"{NotifyOptions.Section}:{nameof(NotifyOptions.ApiKey)} is not a valid GOV.UK Notify API key.");
        _httpClientFactory = httpClientFactory;
        _token = new NotifyBearerToken(key, timeProvider);
        _sendUri = new Uri(settings.BaseUrl.TrimEnd('/') + "/v2/notifications/sms");
        _templateId = settings.SmsTemplateId!.Trim();
        _smsSenderId = settings.SmsSenderId?.Trim();
        _logger = logger;
    }

    /// <inheritdoc/>
    public bool Serves(PasscodeChannel channel) => channel == PasscodeChannel.Sms;

    /// <inheritdoc/>
    public async Task<PasscodeSendResult> SendAsync(PasscodeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Serves(message.Channel))
        {
            return new PasscodeSendResult(false, null, PasscodeGatewayErrors.ChannelNotServed);
        }

        using var request = CreateRequest(message);
        try
        {
            using var response = await _httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            return await ReadAsync(message.Reference, response, cancellationToken);
        }
        catch (Exception e) when (GatewayFailure.TryClassify(e, cancellationToken, out var error))
        {
            NotifyLog.TransportFailed(_logger, e, message.Reference, error);
            return new PasscodeSendResult(false, null, error);
        }
    }

    private HttpRequestMessage CreateRequest(PasscodeMessage message)
    {
        var body = new NotifySmsRequest(message.PhoneNumber, _templateId, new NotifyPersonalisation(message.Code), message.Reference, _smsSenderId);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, NotifyJsonContext.Default.NotifySmsRequest));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, _sendUri) { Content = content };
        // A fresh token per send: Notify allows 30 s between iat and its clock.
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token.Create());
        return request;
    }

    private async Task<PasscodeSendResult> ReadAsync(string reference, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            var sent = await ReadJsonAsync(response, NotifyJsonContext.Default.NotifySmsResponse, cancellationToken);
            NotifyLog.Accepted(_logger, reference, sent?.Id);
            return new PasscodeSendResult(true, sent?.Id, null);
        }

        var errors = (await ReadJsonAsync(response, NotifyJsonContext.Default.NotifyErrorResponse, cancellationToken))?.Errors;
        var first = errors is { Count: > 0 } ? errors[0] : null;
        var error = string.IsNullOrWhiteSpace(first?.Error) ? PasscodeGatewayErrors.ForStatus(status) : first.Error;
        // Rate limits and Notify's own faults pass; any other refusal is our key, template or request and needs a person.
        var level = status is 429 or >= 500 ? LogLevel.Warning : LogLevel.Error;
        var detail = NotifyErrorText.Redact(first?.Message);
        NotifyLog.Refused(_logger, level, reference, status, error, detail);
        return new PasscodeSendResult(false, null, error);
    }

    private static async Task<T?> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(typeInfo, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            // A proxy's HTML page or an empty body: the status alone decides.
            return null;
        }
    }
}
