using MfaGrains.Api.Http;
using MfaGrains.Api.Endpoints;
using MfaGrains.Api.Enrolment;
using MfaGrains.Api.OpenApi;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Passcodes;

/// <summary>The portal's standalone TOTP routes: create, QR code (until confirmed), confirm, remove.</summary>
public static class TotpApi
{
    public static RouteGroupBuilder MapTotpApi(this RouteGroupBuilder users)
    {
        var totp = users.MapGroup("/{userId}/totp").WithTags("Passcodes");
        totp.MapPost("/", Create).WithName("CreateTotp")
            .Produces<TotpCreatedResponse>(StatusCodes.Status201Created)
            .ProducesErrors(MfaErrorCode.TooManyDevices);
        totp.MapGet("/{totpId}/qr", GetQr).WithName("GetTotpQr")
            .Produces(StatusCodes.Status200OK, contentType: QrCodeRenderer.PngMediaType, additionalContentTypes: QrCodeRenderer.SvgMediaType)
            .ProducesErrors(MfaErrorCode.TotpNotFound);
        totp.MapPost("/{totpId}/confirm", Confirm).WithName("ConfirmTotp")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesErrors(MfaErrorCode.TotpNotFound, MfaErrorCode.InvalidCode);
        totp.MapDelete("/{totpId}", Remove).WithName("RemoveTotp")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesErrors(MfaErrorCode.TotpNotFound);
        return users;
    }

    private static async Task<IResult> Create(
        string userId, HttpContext http, IGrainFactory grains, TotpKeyUris uris, [FromKeyedServices(ApiClock.Key)] TimeProvider clock)
    {
        var result = await grains.User(userId).CreateTotp();
        return result.ToResult(clock, created =>
        {
            // The seed is in this body: no cache may keep it.
            http.Response.Headers.CacheControl = "no-store";
            return TypedResults.Created(
                $"/v1/users/{Uri.EscapeDataString(created.UserId)}/totp/{created.TotpId}",
                new TotpCreatedResponse(created.TotpId, created.Secret, uris.For(created.UserId, created.Secret)));
        });
    }

    private static async Task<IResult> GetQr(
        string userId, string totpId, string? format, HttpContext http, IGrainFactory grains, TotpKeyUris uris,
        [FromKeyedServices(ApiClock.Key)] TimeProvider clock)
    {
        if (!QrImages.TryCheckFormat(format, out var problem))
        {
            return problem!;
        }

        var secret = await grains.User(userId).GetTotpEnrolmentSecret(totpId);
        return secret.ToResult(clock, pending =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return QrImages.Render(uris.For(pending.UserId, pending.Secret), format);
        });
    }

    private static async Task<IResult> Confirm(
        string userId, string totpId, ConfirmTotpRequest body, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock) =>
        (await grains.User(userId).ConfirmTotp(totpId, body.Code)).ToResult(clock, TypedResults.NoContent);

    private static async Task<IResult> Remove(string userId, string totpId, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock) =>
        (await grains.User(userId).RemoveTotp(totpId)).ToResult(clock, TypedResults.NoContent);
}
