namespace MfaGrains.Grains.Tests.Storage;

/// <summary>Finds files of the repository (deployment scripts) from the test binaries' folder.</summary>
internal static class RepositoryRoot
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MfaGrains.sln")))
            {
                return System.IO.Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException($"No MfaGrains.sln above {AppContext.BaseDirectory}.");
    }
}
