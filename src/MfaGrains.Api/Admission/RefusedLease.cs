using System.Threading.RateLimiting;

namespace MfaGrains.Api.Admission;

/// <summary>The lease of a refused admission: nothing acquired, nothing to release, one instance for every refusal.</summary>
internal sealed class RefusedLease : RateLimitLease
{
    public static readonly RefusedLease Instance = new();

    private RefusedLease()
    {
    }

    public override bool IsAcquired => false;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }
}
