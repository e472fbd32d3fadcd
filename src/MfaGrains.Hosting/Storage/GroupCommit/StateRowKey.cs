using System.Text;
using Orleans.Runtime;
using Orleans.Storage;

namespace MfaGrains.Hosting.Storage.GroupCommit;

/// <summary>
/// The identity of one row of Orleans' ADO.NET grain storage (<c>OrleansStorage</c>), computed the way
/// Microsoft.Orleans.Persistence.AdoNet computes it, so either provider finds the other's rows.
/// </summary>
/// <param name="GrainIdHash">Orleans' default hash of the grain key's bytes (reversed on little-endian machines).</param>
/// <param name="N0">The first half of a Guid key, else 0.</param>
/// <param name="N1">The second half of a Guid key, or the integer key, else 0.</param>
/// <param name="GrainTypeHash">Orleans' default hash of the state name's UTF-8 bytes.</param>
/// <param name="GrainTypeString">The state name.</param>
/// <param name="Extension">The string key, or a Guid or integer key's extension; null for none.</param>
/// <param name="ServiceId">The cluster's service id.</param>
public sealed record StateRowKey(int GrainIdHash, long N0, long N1, int GrainTypeHash, string GrainTypeString, string? Extension, string ServiceId)
{
    private static readonly OrleansDefaultHasher Hasher = new();

    /// <summary>The row key of <paramref name="stateName"/> for <paramref name="grainId"/> in <paramref name="serviceId"/>.</summary>
    public static StateRowKey For(string serviceId, string stateName, GrainId grainId)
    {
        // Orleans rewrites generic type names ("Foo`1[[...]]") before hashing; MfaGrains names its states plainly, and
        // refusing the other form keeps this key from silently differing from Orleans' own.
        if (stateName.Contains('`', StringComparison.Ordinal))
        {
            throw new NotSupportedException($"State name '{stateName}' is a generic type name, which the batching grain storage does not support.");
        }

        long n0 = 0, n1 = 0;
        string? extension;
        byte[] keyBytes;
        if (grainId.TryGetGuidKey(out var guid, out extension))
        {
            keyBytes = guid.ToByteArray();
            n0 = BitConverter.ToInt64(keyBytes, 0);
            n1 = BitConverter.ToInt64(keyBytes, 8);
            keyBytes = WithExtension(keyBytes, extension);
        }
        else if (grainId.TryGetIntegerKey(out var integer, out extension))
        {
            n1 = integer;
            keyBytes = WithExtension(BitConverter.GetBytes(integer), extension);
        }
        else
        {
            extension = grainId.Key.ToString();
            keyBytes = Encoding.UTF8.GetBytes(extension);
        }

        // Orleans hashes the key big-endian.
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(keyBytes);
        }

        return new StateRowKey(Hasher.Hash(keyBytes), n0, n1, Hasher.Hash(Encoding.UTF8.GetBytes(stateName)), stateName, extension, serviceId);
    }

    private static byte[] WithExtension(byte[] key, string? extension) =>
        extension is null ? key : [.. key, .. Encoding.UTF8.GetBytes(extension)];
}
