namespace MfaGrains.Testing;

/// <summary>The repository's root: the nearest folder above the test binaries that holds <c>MfaGrains.sln</c>.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "MfaGrains.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No MfaGrains.sln above {AppContext.BaseDirectory}.");
    }
}
