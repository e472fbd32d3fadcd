using System.Collections.Frozen;
using System.Reflection;

namespace MfaGrains.Api.Sandbox;

/// <summary>The sandbox's files, embedded in this assembly (<c>Sandbox/Assets</c>): nothing is read from disk or fetched at run time.</summary>
public sealed class SandboxAssets
{
    private const string ResourcePrefix = "sandbox/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, SandboxAsset> _assets;

    private SandboxAssets(FrozenDictionary<string, SandboxAsset> assets) => _assets = assets;

    /// <summary>Every embedded sandbox file, by its file name.</summary>
    public static SandboxAssets Load()
    {
        var assembly = typeof(SandboxAssets).Assembly;
        var assets = new Dictionary<string, SandboxAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            if (!ContentTypes.TryGetValue(Path.GetExtension(name), out var contentType))
            {
                throw new InvalidOperationException($"The sandbox file {name} has no known content type.");
            }

            assets[name] = new SandboxAsset(Read(assembly, resource), contentType);
        }

        return new SandboxAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The file called <paramref name="name"/>, if the sandbox has one (names are exact; there are no folders).</summary>
    public bool TryGet(string name, out SandboxAsset asset) => _assets.TryGetValue(name, out asset!);

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>One sandbox file: its bytes and its content type.</summary>
public sealed record SandboxAsset(byte[] Content, string ContentType);
