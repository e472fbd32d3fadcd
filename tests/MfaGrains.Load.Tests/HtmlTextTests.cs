using MfaGrains.Load.Reporting.Html;

namespace MfaGrains.Load.Tests;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<a href=\"x\">Tom & 'Jerry'</a>", "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")]
    [InlineData("bell\u0007 nul\u0000", "bell\uFFFD nul\uFFFD")]
    [InlineData("tab\tline\n", "tab\tline\n")]
    [InlineData("phone 📱 → ok", "phone 📱 → ok")]
    [InlineData(null, "")]
    public void Text_is_escaped_for_html_and_xml(string? text, string expected) => Assert.Equal(expected, HtmlText.Escape(text));

    [Fact]
    public void A_lone_surrogate_is_replaced_since_xml_cannot_hold_it() =>
        Assert.Equal("lone \uFFFD surrogate", HtmlText.Escape("lone " + (char)0xD800 + " surrogate"));
}
