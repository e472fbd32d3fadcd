using MfaGrains.Client.Json;

namespace MfaGrains.Client;

/// <summary>Passcodes, the "call, SMS or app" fallback: verify, send by SMS or voice, third-party TOTP authenticators.</summary>
public sealed partial class MfaPortalClient
{
    /// <summary><c>POST …/passcodes/verify</c>; a wrong code is <c>valid: false</c>, a locked user a 423 <c>locked</c> with <c>Retry-After</c>.</summary>
    public Task<PasscodeVerification> VerifyPasscodeAsync(string userId, string code, CancellationToken cancellationToken = default) =>
        http.SendAsync(
            Request(HttpMethod.Post, User(userId) + "/passcodes/verify", new PasscodeRequest(code), ClientJson.Default.PasscodeRequest),
            ClientJson.Default.PasscodeVerification, cancellationToken);

    /// <summary><c>PUT …/phone</c>: the E.164 number SMS and voice codes go to.</summary>
    public Task SetPhoneNumberAsync(string userId, string phoneNumber, CancellationToken cancellationToken = default) =>
        http.SendAsync(Request(HttpMethod.Put, User(userId) + "/phone", new PhoneNumberRequest(phoneNumber), ClientJson.Default.PhoneNumberRequest), cancellationToken);

    /// <summary><c>POST …/passcodes</c>: sends a 6-digit code by SMS or voice.</summary>
    public Task<SentPasscode> SendPasscodeAsync(string userId, PasscodeChannel channel, CancellationToken cancellationToken = default) =>
        http.SendAsync(
            Request(HttpMethod.Post, User(userId) + "/passcodes", new SendPasscodeRequest(channel), ClientJson.Default.SendPasscodeRequest),
            ClientJson.Default.SentPasscode, cancellationToken);

    /// <summary><c>POST …/totp</c>: a seed and Key URI for a third-party authenticator app, usable once confirmed.</summary>
    public Task<CreatedTotp> CreateTotpAsync(string userId, CancellationToken cancellationToken = default) =>
        http.SendAsync(Request(HttpMethod.Post, User(userId) + "/totp"), ClientJson.Default.CreatedTotp, cancellationToken);

    /// <summary><c>GET …/totp/{totpId}/qr</c>: the QR image of the Key URI.</summary>
    public Task<byte[]> GetTotpQrAsync(string userId, string totpId, QrFormat format = QrFormat.Png, CancellationToken cancellationToken = default) =>
        http.SendForBytesAsync(
            Request(HttpMethod.Get, User(userId) + "/totp" + Segment(totpId) + "/qr" + (format == QrFormat.Svg ? "?format=svg" : "")), cancellationToken);

    /// <summary><c>POST …/totp/{totpId}/confirm</c>: a first code from the app makes the authenticator usable.</summary>
    public Task ConfirmTotpAsync(string userId, string totpId, string code, CancellationToken cancellationToken = default) =>
        http.SendAsync(
            Request(HttpMethod.Post, User(userId) + "/totp" + Segment(totpId) + "/confirm", new PasscodeRequest(code), ClientJson.Default.PasscodeRequest),
            cancellationToken);

    /// <summary><c>DELETE …/totp/{totpId}</c>.</summary>
    public Task RemoveTotpAsync(string userId, string totpId, CancellationToken cancellationToken = default) =>
        http.SendAsync(Request(HttpMethod.Delete, User(userId) + "/totp" + Segment(totpId)), cancellationToken);
}
