using MfaGrains.Client.Json;

namespace MfaGrains.Client;

/// <summary>Enrolment: the QR code, the activation code and "Let's try it out".</summary>
public sealed partial class MfaPortalClient
{
    /// <summary><c>POST /v1/users/{userId}/enrolments</c>: starts adding an authenticator app.</summary>
    public Task<StartedEnrolment> StartEnrolmentAsync(string userId, string? deviceLabel = null, CancellationToken cancellationToken = default) =>
        http.SendAsync(
            Request(HttpMethod.Post, User(userId) + "/enrolments", new StartEnrolmentRequest(deviceLabel), ClientJson.Default.StartEnrolmentRequest),
            ClientJson.Default.StartedEnrolment, cancellationToken);

    /// <summary><c>GET …/enrolments/{enrolmentId}</c>.</summary>
    public Task<Enrolment> GetEnrolmentAsync(string userId, string enrolmentId, CancellationToken cancellationToken = default) =>
        http.SendAsync(Request(HttpMethod.Get, User(userId) + "/enrolments" + Segment(enrolmentId)), ClientJson.Default.Enrolment, cancellationToken);

    /// <summary><c>GET …/enrolments/{enrolmentId}/qr</c>: the QR image of the enrolment's <c>qrPayload</c>.</summary>
    public Task<byte[]> GetEnrolmentQrAsync(string userId, string enrolmentId, QrFormat format = QrFormat.Png, CancellationToken cancellationToken = default) =>
        http.SendForBytesAsync(
            Request(HttpMethod.Get, User(userId) + "/enrolments" + Segment(enrolmentId) + "/qr" + (format == QrFormat.Svg ? "?format=svg" : "")),
            cancellationToken);

    /// <summary><c>DELETE …/enrolments/{enrolmentId}</c>: cancels an unfinished enrolment.</summary>
    public Task CancelEnrolmentAsync(string userId, string enrolmentId, CancellationToken cancellationToken = default) =>
        http.SendAsync(Request(HttpMethod.Delete, User(userId) + "/enrolments" + Segment(enrolmentId)), cancellationToken);

    /// <summary><c>POST …/enrolments/{enrolmentId}/test-challenge</c>: the challenge whose number the new phone must match.</summary>
    public Task<IssuedChallenge> CreateTestChallengeAsync(string userId, string enrolmentId, CancellationToken cancellationToken = default) =>
        http.SendAsync(
            Request(HttpMethod.Post, User(userId) + "/enrolments" + Segment(enrolmentId) + "/test-challenge"),
            ClientJson.Default.IssuedChallenge, cancellationToken);
}
