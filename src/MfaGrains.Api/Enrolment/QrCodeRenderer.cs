using QRCoder;

namespace MfaGrains.Api.Enrolment;

/// <summary>Renders a payload (the enrolment's <c>qrPayload</c>, an otpauth URI) as a QR code image.</summary>
public static class QrCodeRenderer
{
    /// <summary>The PNG media type.</summary>
    public const string PngMediaType = "image/png";

    /// <summary>The SVG media type.</summary>
    public const string SvgMediaType = "image/svg+xml";

    // M recovers ~15% damage, which is what phone cameras on screens need, and keeps the code small.
    private const QRCodeGenerator.ECCLevel ErrorCorrection = QRCodeGenerator.ECCLevel.M;

    // 10 px modules give ~400-500 px images for our payloads: crisp on a portal page without scaling.
    private const int PixelsPerModule = 10;

    /// <summary>A black-on-white PNG with the quiet zone scanners need.</summary>
    public static byte[] RenderPng(string payload)
    {
        using var data = Encode(payload);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(PixelsPerModule, drawQuietZones: true);
    }

    /// <summary>A scalable black-on-white SVG (sized by its viewBox) with the quiet zone.</summary>
    public static string RenderSvg(string payload)
    {
        using var data = Encode(payload);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(PixelsPerModule, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    private static QRCodeData Encode(string payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(payload);
        return QRCodeGenerator.GenerateQrCode(payload, ErrorCorrection);
    }
}
