namespace MfaGrains.Api.Signatures;

/// <summary>The RFC 8941 §4.2 parsing algorithms over one field value; every step fails instead of throwing.</summary>
internal ref partial struct SfReader
{
    private readonly string input;
    private int position;

    public SfReader(string input) => this.input = input;

    public readonly bool AtEnd => position >= input.Length;

    private readonly char Current => input[position];

    public void SkipSpaces()
    {
        while (!AtEnd && Current == ' ')
        {
            position++;
        }
    }

    public bool TryReadDictionary(out List<KeyValuePair<string, SfMember>> members)
    {
        members = [];
        while (!AtEnd)
        {
            if (!TryReadKey(out var key))
            {
                return false;
            }

            SfMember member;
            if (!AtEnd && Current == '=')
            {
                position++;
                if (!TryReadItemOrInnerList(out member))
                {
                    return false;
                }
            }
            else
            {
                if (!TryReadParameters(out var parameters))
                {
                    return false;
                }

                member = new SfItem(true, parameters);
            }

            Set(members, key, member);
            SkipWhitespace();
            if (AtEnd)
            {
                return true;
            }

            if (input[position++] != ',')
            {
                return false;
            }

            SkipWhitespace();
            if (AtEnd)
            {
                return false; // a trailing comma
            }
        }

        return true;
    }

    private bool TryReadItemOrInnerList(out SfMember member)
    {
        if (!AtEnd && Current == '(')
        {
            var ok = TryReadInnerList(out var list);
            member = list!;
            return ok;
        }

        var read = TryReadItem(out var item);
        member = item!;
        return read;
    }

    private bool TryReadInnerList(out SfInnerList? list)
    {
        list = null;
        position++; // '('
        var items = new List<SfItem>();
        while (!AtEnd)
        {
            SkipSpaces();
            if (AtEnd)
            {
                return false;
            }

            if (Current == ')')
            {
                position++;
                if (!TryReadParameters(out var parameters))
                {
                    return false;
                }

                list = new SfInnerList(items, parameters);
                return true;
            }

            if (!TryReadItem(out var item))
            {
                return false;
            }

            items.Add(item!);
            if (AtEnd || (Current != ' ' && Current != ')'))
            {
                return false;
            }
        }

        return false;
    }

    private bool TryReadItem(out SfItem? item)
    {
        item = null;
        if (!TryReadBareItem(out var value) || !TryReadParameters(out var parameters))
        {
            return false;
        }

        item = new SfItem(value, parameters);
        return true;
    }

    private bool TryReadParameters(out SfParameters parameters)
    {
        parameters = SfParameters.Empty;
        List<KeyValuePair<string, object>>? entries = null;
        while (!AtEnd && Current == ';')
        {
            position++;
            SkipSpaces();
            if (!TryReadKey(out var key))
            {
                return false;
            }

            object value = true;
            if (!AtEnd && Current == '=')
            {
                position++;
                if (!TryReadBareItem(out value))
                {
                    return false;
                }
            }

            entries ??= [];
            Set(entries, key, value);
        }

        if (entries is not null)
        {
            parameters = new SfParameters(entries);
        }

        return true;
    }

    private bool TryReadKey(out string key)
    {
        key = string.Empty;
        if (AtEnd || !(IsLowerAlpha(Current) || Current == '*'))
        {
            return false;
        }

        var start = position;
        while (!AtEnd && (IsLowerAlpha(Current) || char.IsAsciiDigit(Current) || Current is '_' or '-' or '.' or '*'))
        {
            position++;
        }

        key = input[start..position];
        return true;
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && Current is ' ' or '\t')
        {
            position++;
        }
    }

    // RFC 8941 ordered maps: a repeated key overwrites the value but keeps its first position.
    private static void Set<T>(List<KeyValuePair<string, T>> entries, string key, T value)
    {
        var index = entries.FindIndex(entry => entry.Key == key);
        if (index < 0)
        {
            entries.Add(new(key, value));
        }
        else
        {
            entries[index] = new(key, value);
        }
    }

    private static bool IsLowerAlpha(char c) => c is >= 'a' and <= 'z';
}
