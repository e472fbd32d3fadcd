using System.Text;
using System.Xml;

namespace MfaGrains.Load.Reporting.Html;

/// <summary>Text made safe for HTML (and XML) element content and quoted attributes; characters XML cannot hold become U+FFFD.</summary>
public static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
                continue;
            }

            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when !XmlConvert.IsXmlChar(c) => "\uFFFD",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
