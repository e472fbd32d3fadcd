using StbImageSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace MfaGrains.Api.Tests.Enrolment;

/// <summary>Reads a QR code the way a camera app would: pixels in, ZXing's decoder, text out.</summary>
public static class QrDecoding
{
    // An SVG has no scripts to wait for; the budget only bounds Chromium's virtual clock.
    private static readonly TimeSpan SvgRenderBudget = TimeSpan.FromSeconds(1);

    public static string DecodePng(byte[] png)
    {
        var image = ImageResult.FromMemory(png, ColorComponents.RedGreenBlueAlpha);
        var luminance = new RGBLuminanceSource(image.Data, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(luminance)));
        Assert.NotNull(result);
        return result.Text;
    }

    /// <summary>Has Chromium draw the SVG as a portal page would show it, then reads the screenshot like a PNG.</summary>
    public static async Task<string> DecodeSvg(string svg)
    {
        var folder = Directory.CreateTempSubdirectory("mfagrains-qr-");
        try
        {
            var svgPath = Path.Combine(folder.FullName, "qr.svg");
            var pngPath = Path.Combine(folder.FullName, "qr.png");
            await File.WriteAllTextAsync(svgPath, svg);
            using (var chromium = new HeadlessChromium())
            {
                await chromium.Screenshot(new Uri(svgPath), SvgRenderBudget, pngPath);
            }

            return DecodePng(await File.ReadAllBytesAsync(pngPath));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
