using System.Diagnostics.CodeAnalysis;

namespace MfaGrains.Api.Signatures;

/// <summary>An RFC 8941 dictionary: ordered, unique keys mapped to items or inner lists.</summary>
public sealed class SfDictionary(IReadOnlyList<KeyValuePair<string, SfMember>> members)
{
    public IReadOnlyList<KeyValuePair<string, SfMember>> Members { get; } = members;

    public bool TryGetValue(string key, [NotNullWhen(true)] out SfMember? member)
    {
        foreach (var entry in Members)
        {
            if (entry.Key == key)
            {
                member = entry.Value;
                return true;
            }
        }

        member = null;
        return false;
    }
}
