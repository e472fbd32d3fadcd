using System.Xml.Linq;
using MfaGrains.Api.Enrolment;
using StbImageSharp;

namespace MfaGrains.Api.Tests.Enrolment;

public sealed class QrCodeRendererTests
{
    private const string Payload = "mfagrains://activate?code=622796292&url=https%3A%2F%2Fmfa.example%2Fv1%2Fdevices";

    [Fact]
    public void The_png_decodes_back_to_exactly_the_payload()
    {
        var png = QrCodeRenderer.RenderPng(Payload);

        Assert.Equal(Payload, QrDecoding.DecodePng(png));
    }

    [Fact]
    public void An_otpauth_uri_survives_the_round_trip()
    {
        const string otpauth = "otpauth://totp/MfaGrains:jane.doe%40nhs.net?secret=JBSWY3DPEHPK3PXP&issuer=MfaGrains&algorithm=SHA1&digits=6&period=30";

        Assert.Equal(otpauth, QrDecoding.DecodePng(QrCodeRenderer.RenderPng(otpauth)));
    }

    [Fact]
    public void The_png_has_a_white_quiet_zone()
    {
        var image = ImageResult.FromMemory(QrCodeRenderer.RenderPng(Payload), ColorComponents.RedGreenBlueAlpha);

        // The top-left corner sits in the quiet zone, the finder pattern starts four modules in.
        Assert.Equal(255, image.Data[0]);
        Assert.Equal(image.Width, image.Height);
    }

    [Fact]
    public void The_svg_is_well_formed_xml_with_an_svg_root()
    {
        var svg = QrCodeRenderer.RenderSvg(Payload);

        var document = XDocument.Parse(svg);

        Assert.Equal("svg", document.Root!.Name.LocalName);
        Assert.NotNull(document.Root.Attribute("viewBox"));
    }
}
