namespace MfaGrains.Grains.Hosting;

/// <summary>Names of the grain storage providers the grains persist to.</summary>
public static class StorageNames
{
    public const string Mfa = "mfa";
}
