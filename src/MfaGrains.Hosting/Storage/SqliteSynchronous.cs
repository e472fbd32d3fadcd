namespace MfaGrains.Hosting.Storage;

/// <summary>
/// How hard each SQLite commit waits for the disk (SQLite's <c>PRAGMA synchronous</c>), in WAL mode.
/// </summary>
public enum SqliteSynchronous
{
    /// <summary>
    /// A commit reaches the operating system, not the platter: it survives the process being killed, and an
    /// operating-system crash or power cut can roll back only the last commits, never corrupt the file.
    /// </summary>
    Normal,

    /// <summary>Every commit waits for an fsync of the WAL: it survives a power cut too, at a lower write rate.</summary>
    Full,
}
