using System.Collections.Concurrent;
using Orleans.Runtime;

namespace MfaGrains.Contracts.References;

/// <summary>
/// Grain references by key without Orleans' per-call type resolution: <c>GetGrain&lt;T&gt;(key)</c> finds the grain
/// interface's type by reading its attributes on every call, a few per cent of a sign-in's CPU in a profile
/// (docs/benchmarks.md, "The CPU budget per sign-in"). This asks Orleans once per interface and builds each reference
/// from the grain id.
/// </summary>
public static class GrainReferences
{
    private static readonly ConcurrentDictionary<Type, (GrainType Type, GrainInterfaceType InterfaceType)> Kinds = new();

    public static T Get<T>(this IGrainFactory grains, string key) where T : IGrainWithStringKey
    {
        if (!Kinds.TryGetValue(typeof(T), out var kind))
        {
            var reference = (GrainReference)(object)grains.GetGrain<T>(key);
            kind = (reference.GrainId.Type, reference.InterfaceType);

            // A system type stands in while a client has not yet learnt which grain implements T; never keep that one.
            if (!kind.Type.ToString()!.StartsWith("sys.", StringComparison.Ordinal))
            {
                Kinds.TryAdd(typeof(T), kind);
            }

            return (T)(object)reference;
        }

        return (T)grains.GetGrain(GrainId.Create(kind.Type, key), kind.InterfaceType);
    }
}
