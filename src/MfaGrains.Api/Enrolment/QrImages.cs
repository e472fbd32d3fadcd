using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Enrolment;

/// <summary>The <c>…/qr</c> answer shared by enrolments and TOTP authenticators: PNG by default, SVG with <c>?format=svg</c>.</summary>
public static class QrImages
{
    /// <summary>False, with a validation problem, when <paramref name="format"/> is neither absent, <c>png</c> nor <c>svg</c>.</summary>
    public static bool TryCheckFormat(string? format, out IResult? problem)
    {
        problem = format is null or "png" or "svg" ? null : Problem.For(MfaErrorCode.ValidationFailed, "format must be png or svg.");
        return problem is null;
    }

    public static IResult Render(string payload, string? format) => format == "svg"
        ? TypedResults.Text(QrCodeRenderer.RenderSvg(payload), QrCodeRenderer.SvgMediaType)
        : TypedResults.File(QrCodeRenderer.RenderPng(payload), QrCodeRenderer.PngMediaType);
}
