using MfaGrains.Api.Http;
using MfaGrains.Api.Challenges;
using MfaGrains.Api.Endpoints;
using MfaGrains.Api.OpenApi;
using MfaGrains.Api.Portal;
using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Challenges;
using MfaGrains.Contracts.Enrolment;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Enrolment;

/// <summary>The portal's enrolment routes: start, read, QR code, cancel, and the "Let's try it out" test challenge.</summary>
public static class EnrolmentApi
{
    private const int MaxLabelLength = 128;

    public static RouteGroupBuilder MapEnrolmentApi(this RouteGroupBuilder users)
    {
        var enrolments = users.MapGroup("/{userId}/enrolments").WithTags("Enrolment");
        enrolments.MapPost("/", Create).WithName("CreateEnrolment")
            .Produces<EnrolmentCreatedResponse>(StatusCodes.Status201Created)
            .ProducesErrors(MfaErrorCode.TooManyDevices);
        enrolments.MapGet("/{enrolmentId}", Get).WithName("GetEnrolment")
            .Produces<EnrolmentResponse>()
            .ProducesErrors(MfaErrorCode.EnrolmentNotFound);
        enrolments.MapGet("/{enrolmentId}/qr", GetQr).WithName("GetEnrolmentQr")
            .Produces(StatusCodes.Status200OK, contentType: "image/png", additionalContentTypes: "image/svg+xml")
            .ProducesErrors(MfaErrorCode.EnrolmentNotFound);
        enrolments.MapDelete("/{enrolmentId}", Cancel).WithName("CancelEnrolment")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesErrors(MfaErrorCode.EnrolmentNotFound, MfaErrorCode.EnrolmentNotPending);
        enrolments.MapPost("/{enrolmentId}/test-challenge", CreateTest).WithName("CreateEnrolmentTestChallenge")
            .Produces<ChallengeCreatedResponse>(StatusCodes.Status201Created)
            .ProducesErrors(MfaErrorCode.EnrolmentNotFound, MfaErrorCode.EnrolmentNotPending);
        return users;
    }

    private static async Task<IResult> Create(
        string userId, CreateEnrolmentRequest? body, HttpContext http, IGrainFactory grains, ActivationLinks links,
        [FromKeyedServices(ApiClock.Key)] TimeProvider clock)
    {
        // The answer carries the activation code: no cache may keep it.
        http.Response.Headers.CacheControl = "no-store";
        if (body?.DeviceLabel is { Length: > MaxLabelLength })
        {
            return Problem.For(MfaErrorCode.ValidationFailed, $"deviceLabel must be at most {MaxLabelLength} characters.");
        }

        var result = await grains.User(userId).CreateEnrolment(body?.DeviceLabel);
        return result.ToResult(clock, created => TypedResults.Created(
            $"/v1/users/{Uri.EscapeDataString(created.UserId)}/enrolments/{created.EnrolmentId}",
            new EnrolmentCreatedResponse(
                created.EnrolmentId, created.UserId, EnrolmentStatus.AwaitingActivation, created.ActivationCode,
                links.ActivationUrl(http.Request), links.QrPayload(created.ActivationCode, http.Request), created.ExpiresAt)));
    }

    private static async Task<IResult> Get(string userId, string enrolmentId, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock) =>
        (await grains.User(userId).GetEnrolment(enrolmentId)).ToResult(clock, view => TypedResults.Ok(EnrolmentResponse.From(view)));

    private static async Task<IResult> GetQr(
        string userId, string enrolmentId, string? format, HttpContext http, IGrainFactory grains, ActivationLinks links,
        [FromKeyedServices(ApiClock.Key)] TimeProvider clock)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!QrImages.TryCheckFormat(format, out var problem))
        {
            return problem!;
        }

        var code = await grains.User(userId).GetActivationCode(enrolmentId);
        return code.ToResult(clock, activationCode => QrImages.Render(links.QrPayload(activationCode, http.Request), format));
    }

    private static async Task<IResult> Cancel(string userId, string enrolmentId, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock) =>
        (await grains.User(userId).CancelEnrolment(enrolmentId)).ToResult(clock, TypedResults.NoContent);

    private static async Task<IResult> CreateTest(
        string userId, string enrolmentId, HttpContext http, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock)
    {
        var context = new ChallengeContext(http.PortalClientName(), null, null, null);
        var result = await grains.User(userId).CreateTestChallenge(enrolmentId, context);
        return result.ToResult(clock, created => TypedResults.Created(
            $"/v1/users/{Uri.EscapeDataString(created.Challenge.UserId)}/challenges/{created.Challenge.ChallengeId}",
            ChallengeCreatedResponse.From(created)));
    }
}
