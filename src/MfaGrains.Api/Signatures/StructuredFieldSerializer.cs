using System.Globalization;
using System.Text;

namespace MfaGrains.Api.Signatures;

/// <summary>Canonical RFC 8941 §4.1 serialization of items and inner lists.</summary>
public static class StructuredFieldSerializer
{
    /// <summary>Serializes an inner list with its parameters, e.g. the value of the @signature-params line.</summary>
    public static string SerializeInnerList(SfInnerList list)
    {
        var builder = new StringBuilder();
        AppendInnerList(builder, list);
        return builder.ToString();
    }

    /// <summary>Serializes an item with its parameters, e.g. a component identifier.</summary>
    public static string SerializeItem(SfItem item)
    {
        var builder = new StringBuilder();
        AppendItem(builder, item);
        return builder.ToString();
    }

    private static void AppendInnerList(StringBuilder builder, SfInnerList list)
    {
        builder.Append('(');
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            AppendItem(builder, list.Items[i]);
        }

        builder.Append(')');
        AppendParameters(builder, list.Parameters);
    }

    private static void AppendItem(StringBuilder builder, SfItem item)
    {
        AppendBareItem(builder, item.Value);
        AppendParameters(builder, item.Parameters);
    }

    private static void AppendParameters(StringBuilder builder, SfParameters parameters)
    {
        foreach (var (key, value) in parameters.Entries)
        {
            builder.Append(';').Append(key);

            // A true boolean parameter is written as the bare key.
            if (value is not true)
            {
                builder.Append('=');
                AppendBareItem(builder, value);
            }
        }
    }

    private static void AppendBareItem(StringBuilder builder, object value)
    {
        switch (value)
        {
            case long integer:
                builder.Append(integer.ToString(CultureInfo.InvariantCulture));
                break;
            case decimal number:
                // RFC 8941 §4.1.5: at most three fractional digits, rounded half to even, at least one.
                builder.Append(Math.Round(number, 3, MidpointRounding.ToEven).ToString("0.0##", CultureInfo.InvariantCulture));
                break;
            case string text:
                AppendString(builder, text);
                break;
            case SfToken token:
                builder.Append(token.Value);
                break;
            case byte[] bytes:
                builder.Append(':').Append(Convert.ToBase64String(bytes)).Append(':');
                break;
            case bool flag:
                builder.Append(flag ? "?1" : "?0");
                break;
            default:
                throw new ArgumentException($"{value.GetType().Name} is not an RFC 8941 bare item.", nameof(value));
        }
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException("RFC 8941 strings are printable ASCII.", nameof(text));
            }

            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        builder.Append('"');
    }
}
