using System.Globalization;
using System.Text;

namespace MfaGrains.Api.Signatures;

// The bare-item half of the reader: integers, decimals, strings, tokens, byte sequences, booleans.
internal ref partial struct SfReader
{
    // RFC 8941 §3.3.1: integers have at most 15 digits.
    private const long MaxInteger = 999_999_999_999_999;

    private bool TryReadBareItem(out object value)
    {
        value = false;
        if (AtEnd)
        {
            return false;
        }

        var c = Current;
        if (c == '-' || char.IsAsciiDigit(c))
        {
            return TryReadNumber(out value);
        }

        if (c == '"')
        {
            var ok = TryReadString(out var text);
            value = text;
            return ok;
        }

        if (c == ':')
        {
            var ok = TryReadByteSequence(out var bytes);
            value = bytes;
            return ok;
        }

        if (c == '?')
        {
            var ok = TryReadBoolean(out var flag);
            value = flag;
            return ok;
        }

        if (char.IsAsciiLetter(c) || c == '*')
        {
            value = new SfToken(ReadToken());
            return true;
        }

        return false;
    }

    private bool TryReadNumber(out object value)
    {
        value = 0L;
        var negative = Current == '-';
        if (negative)
        {
            position++;
        }

        if (AtEnd || !char.IsAsciiDigit(Current))
        {
            return false;
        }

        var start = position;
        var dot = -1;
        while (!AtEnd)
        {
            var c = Current;
            if (char.IsAsciiDigit(c))
            {
                position++;
            }
            else if (dot < 0 && c == '.')
            {
                if (position - start > 12)
                {
                    return false;
                }

                dot = position++;
            }
            else
            {
                break;
            }

            if (position - start > (dot < 0 ? 15 : 16))
            {
                return false;
            }
        }

        var digits = input.AsSpan(start, position - start);
        if (dot < 0)
        {
            var integer = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            value = negative ? -integer : integer;
            return integer <= MaxInteger;
        }

        var fraction = position - dot - 1;
        if (fraction is < 1 or > 3)
        {
            return false;
        }

        var number = decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        value = negative ? -number : number;
        return true;
    }

    private bool TryReadString(out string value)
    {
        value = string.Empty;
        position++; // '"'
        var builder = new StringBuilder();
        while (!AtEnd)
        {
            var c = input[position++];
            if (c == '\\')
            {
                if (AtEnd || Current is not ('"' or '\\'))
                {
                    return false;
                }

                builder.Append(input[position++]);
            }
            else if (c == '"')
            {
                value = builder.ToString();
                return true;
            }
            else if (c is < ' ' or > '~')
            {
                return false;
            }
            else
            {
                builder.Append(c);
            }
        }

        return false;
    }

    private string ReadToken()
    {
        var start = position++;
        while (!AtEnd && (IsTokenChar(Current) || Current is ':' or '/'))
        {
            position++;
        }

        return input[start..position];
    }

    private bool TryReadByteSequence(out byte[] value)
    {
        value = [];
        var end = input.IndexOf(':', position + 1);
        if (end < 0)
        {
            return false;
        }

        var content = input.AsSpan(position + 1, end - position - 1);
        position = end + 1;
        foreach (var c in content)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '='))
            {
                return false;
            }
        }

        // RFC 8941 §4.2.7: parsers should accept base64 whose "=" padding is missing.
        var padded = content.Length % 4 == 0 ? content.ToString() : content.ToString() + new string('=', 4 - (content.Length % 4));
        var buffer = new byte[padded.Length / 4 * 3];
        if (!Convert.TryFromBase64String(padded, buffer, out var written))
        {
            return false;
        }

        value = buffer[..written];
        return true;
    }

    private bool TryReadBoolean(out bool value)
    {
        value = false;
        position++; // '?'
        if (AtEnd || Current is not ('0' or '1'))
        {
            return false;
        }

        value = input[position++] == '1';
        return true;
    }

    private static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
}
