using System.Security.Cryptography;
using System.Text;

namespace MfaGrains.Push.Tests.Apns;

/// <summary>The fake refuses what Apple refuses, so a green sender test means a correct wire format, not a lenient fake.</summary>
public sealed class FakeApnsStrictnessTests : IAsyncLifetime, IDisposable
{
    private ApnsHarness _harness = null!;
    private RawApnsClient _raw = null!;

    public async Task InitializeAsync()
    {
        _harness = await ApnsHarness.StartAsync();
        _raw = new RawApnsClient(_harness.Apns.BaseUrl);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    public void Dispose() => _raw.Dispose();

    [Fact]
    public async Task Http11_request_is_refused()
    {
        using var http11 = new HttpClient();
        var push = RawApnsClient.Push(ApnsHarness.NewDeviceToken(), _harness.Time.GetUtcNow().AddMinutes(2));
        using var request = push.CreateRequest(_harness.Apns.BaseUrl + "/3/device/", RawApnsClient.Jwt(_harness.Key.Private, _harness.Time));
        request.Version = new Version(1, 1);
        request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;

        using var response = await http11.SendAsync(request).WaitAsync(Deadline.Default);

        // Kestrel's h2-only port answers an HTTP/1.1 request itself; the fake's handler never sees it.
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("HTTP/2 only endpoint", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_harness.Apns.Accepted);
        Assert.Empty(_harness.Apns.Refusals);
    }

    [Fact]
    public async Task Jwt_signed_with_another_key_is_InvalidProviderToken()
    {
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var answer = await _raw.SendAsync(Push(), RawApnsClient.Jwt(stranger, _harness.Time));

        Assert.Equal((403, "InvalidProviderToken"), answer);
    }

    [Theory]
    [InlineData("KEY0000000", ApnsHarness.TeamId)]
    [InlineData(ApnsHarness.KeyId, "TEAM000000")]
    public async Task Jwt_with_another_kid_or_iss_is_InvalidProviderToken(string keyId, string teamId)
    {
        var answer = await _raw.SendAsync(Push(), RawApnsClient.Jwt(_harness.Key.Private, _harness.Time, keyId, teamId));

        Assert.Equal((403, "InvalidProviderToken"), answer);
    }

    [Fact]
    public async Task Jwt_with_padding_or_der_signature_is_InvalidProviderToken()
    {
        var jwt = RawApnsClient.Jwt(_harness.Key.Private, _harness.Time);
        var parts = jwt.Split('.');
        var der = Convert.ToBase64String(DerSignature(parts)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.Equal((403, "InvalidProviderToken"), await _raw.SendAsync(Push(), $"{jwt}=="));
        Assert.Equal((403, "InvalidProviderToken"), await _raw.SendAsync(Push(), $"{parts[0]}.{parts[1]}.{der}"));
    }

    [Fact]
    public async Task Jwt_over_an_hour_old_is_ExpiredProviderToken()
    {
        var jwt = RawApnsClient.Jwt(_harness.Key.Private, _harness.Time);
        _harness.Time.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal((403, "ExpiredProviderToken"), await _raw.SendAsync(Push(), jwt));
    }

    [Fact]
    public async Task Missing_jwt_is_MissingProviderToken()
    {
        var answer = await _raw.SendAsync(Push(), "ignored", request => request.Headers.Authorization = null);

        Assert.Equal((403, "MissingProviderToken"), answer);
    }

    [Fact]
    public async Task New_jwt_on_the_same_connection_within_20_minutes_is_TooManyProviderTokenUpdates()
    {
        var first = RawApnsClient.Jwt(_harness.Key.Private, _harness.Time);
        Assert.Equal((200, null), await _raw.SendAsync(Push(), first));
        _harness.Time.Advance(TimeSpan.FromMinutes(19));
        var second = RawApnsClient.Jwt(_harness.Key.Private, _harness.Time);

        Assert.Equal((429, "TooManyProviderTokenUpdates"), await _raw.SendAsync(Push(), second));
        _harness.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal((200, null), await _raw.SendAsync(Push(), second));
    }

    [Theory]
    [InlineData("apns-topic", "com.example.other", "DeviceTokenNotForTopic")]
    [InlineData("apns-push-type", "banner", "InvalidPushType")]
    [InlineData("apns-priority", "7", "BadPriority")]
    [InlineData("apns-expiration", "soon", "BadExpirationDate")]
    [InlineData("apns-id", "9F1C1E5C-0000-4000-8000-000000000000", "BadMessageId")]
    [InlineData("apns-collapse-id", "chl_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "BadCollapseId")]
    public async Task Bad_header_is_refused_with_apples_reason(string header, string value, string reason)
    {
        var answer = await _raw.SendAsync(Push(), Jwt(), request =>
        {
            request.Headers.Remove(header);
            request.Headers.TryAddWithoutValidation(header, value);
        });

        Assert.Equal((400, reason), answer);
    }

    [Fact]
    public async Task Repeated_header_is_refused()
    {
        // HttpClient folds a repeated header into one "10, 10" field, which Apple refuses as a bad value;
        // two separate fields (a hand-written HTTP/2 client) would get DuplicateHeaders from the same check list.
        var answer = await _raw.SendAsync(Push(), Jwt(), request => request.Headers.TryAddWithoutValidation("apns-priority", "10"));

        Assert.Equal((400, "BadPriority"), answer);
    }

    [Theory]
    [InlineData("", 400, "PayloadEmpty")]
    [InlineData("""{"aps":{"alert":"x","mutable-content":"1"},"type":"mfaChallenge","challengeId":"c","deviceId":"d"}""", 400, "Contract:FlagNotInteger")]
    [InlineData("""{"aps":{"alert":"x"},"type":"mfaChallenge","challengeId":"c","deviceId":"d","number":"42"}""", 400, "Contract:CustomKeys")]
    [InlineData("""{"aps":{"alert":{"title":"t","body":"b","number":"42"}},"type":"mfaChallenge","challengeId":"c","deviceId":"d"}""", 400, "Contract:SecretInPayload")]
    [InlineData("""{"aps":{"alert":{"title":"t","body":"b","digits":42}},"type":"mfaChallenge","challengeId":"c","deviceId":"d"}""", 400, "Contract:SecretInPayload")]
    [InlineData("""{"aps":{"content-available":1},"type":"mfaChallenge","challengeId":"c","deviceId":"d"}""", 400, "InvalidPushType")]
    [InlineData("""{"type":"mfaChallenge","challengeId":"c","deviceId":"d"}""", 400, "Contract:NoAps")]
    public async Task Bad_payload_is_refused(string payload, int status, string reason)
    {
        Assert.Equal((status, reason), await _raw.SendAsync(Push(payload), Jwt()));
    }

    [Fact]
    public async Task Payload_over_4096_bytes_is_PayloadTooLarge()
    {
        var payload = $$"""{"aps":{"alert":"{{new string('x', 4100)}}"},"type":"mfaChallenge","challengeId":"c","deviceId":"d"}""";

        Assert.Equal((413, "PayloadTooLarge"), await _raw.SendAsync(Push(payload), Jwt()));
    }

    [Fact]
    public async Task Get_is_MethodNotAllowed_and_a_bad_path_is_BadPath()
    {
        Assert.Equal((405, "MethodNotAllowed"), await _raw.SendAsync(Push(), Jwt(), request => request.Method = HttpMethod.Get));
        Assert.Equal((404, "BadPath"), await _raw.SendAsync(Push(), Jwt(), request => request.RequestUri = new Uri(_harness.Apns.BaseUrl + "/3/devices/abc")));
        Assert.Equal((400, "BadDeviceToken"), await _raw.SendAsync(Push(), Jwt(), request => request.RequestUri = new Uri(_harness.Apns.BaseUrl + "/3/device/not-hex")));
    }

    private MfaGrains.Push.Apns.ApplePush Push(string? payload = null) =>
        RawApnsClient.Push(ApnsHarness.NewDeviceToken(), _harness.Time.GetUtcNow().AddMinutes(2), payload);

    private string Jwt() => RawApnsClient.Jwt(_harness.Key.Private, _harness.Time);

    private byte[] DerSignature(string[] parts)
    {
        return _harness.Key.Private.SignData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }
}
