using StbImageSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace MfaGrains.Api.Tests.Enrolment;

/// <summary>Reads a QR code PNG the way a camera app would: pixels in, ZXing's decoder, text out.</summary>
public static class QrDecoding
{
    public static string DecodePng(byte[] png)
    {
        var image = ImageResult.FromMemory(png, ColorComponents.RedGreenBlueAlpha);
        var luminance = new RGBLuminanceSource(image.Data, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(luminance)));
        Assert.NotNull(result);
        return result.Text;
    }
}
