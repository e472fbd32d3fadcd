using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace MfaGrains.Load.Portal;

/// <summary>The portal's requests (<c>/v1/users/...</c>) with its bearer key, built and not sent.</summary>
public sealed class PortalRequests(string portalKey)
{
    private const string ChallengeBody = "{\"context\":{\"application\":\"MfaGrains.Load\",\"ipAddress\":\"127.0.0.1\",\"userAgent\":\"MfaGrains.Load\"}}";

    public HttpRequestMessage CreateEnrolment(string userId) => Post($"{User(userId)}/enrolments", "{}");

    public HttpRequestMessage CreateTestChallenge(string userId, string enrolmentId) =>
        Post($"{User(userId)}/enrolments/{Uri.EscapeDataString(enrolmentId)}/test-challenge", "{}");

    public HttpRequestMessage CreateChallenge(string userId) => Post($"{User(userId)}/challenges", ChallengeBody);

    /// <summary><c>GET .../challenges/{id}?waitSeconds=N</c>: held until the challenge leaves <c>pending</c> or N seconds pass.</summary>
    public HttpRequestMessage ReadChallenge(string userId, string challengeId, int waitSeconds) =>
        Authorised(new HttpRequestMessage(HttpMethod.Get,
            $"{User(userId)}/challenges/{Uri.EscapeDataString(challengeId)}?waitSeconds={waitSeconds.ToString(CultureInfo.InvariantCulture)}"));

    private static string User(string userId) => "/v1/users/" + Uri.EscapeDataString(userId);

    private HttpRequestMessage Post(string path, string json) => Authorised(new HttpRequestMessage(HttpMethod.Post, path)
    {
        Content = new StringContent(json, Encoding.UTF8, "application/json"),
    });

    private HttpRequestMessage Authorised(HttpRequestMessage request)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", portalKey);
        return request;
    }
}
