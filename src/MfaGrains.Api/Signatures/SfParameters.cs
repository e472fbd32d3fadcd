using System.Diagnostics.CodeAnalysis;

namespace MfaGrains.Api.Signatures;

/// <summary>Ordered RFC 8941 parameters: unique keys with bare-item values.</summary>
/// <remarks>Bare items are <see cref="long"/>, <see cref="decimal"/>, <see cref="string"/>,
/// <see cref="SfToken"/>, <see cref="byte"/> arrays or <see cref="bool"/>.</remarks>
public sealed class SfParameters
{
    private readonly KeyValuePair<string, object>[] entries;

    public SfParameters(IEnumerable<KeyValuePair<string, object>> entries) => this.entries = [.. entries];

    public static SfParameters Empty { get; } = new([]);

    public IReadOnlyList<KeyValuePair<string, object>> Entries => entries;

    public int Count => entries.Length;

    public bool TryGetValue(string key, [NotNullWhen(true)] out object? value)
    {
        foreach (var entry in entries)
        {
            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }
        }

        value = null;
        return false;
    }
}
