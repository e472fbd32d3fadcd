using System.Data.Common;
using Npgsql;

namespace MfaGrains.Hosting.Storage;

/// <summary>
/// MfaGrains' Npgsql pool and statement settings, added to a PostgreSQL connection string that does not set them itself
/// (figures and reasoning in docs/benchmarks.md: "PostgreSQL connection pooling (issue 4)", and "Round 3" under issue 7
/// for statement preparation).
/// </summary>
public static class PostgreSqlPoolDefaults
{
    /// <summary>
    /// Per process. Membership, reminders and grain state share one pool (one connection string), so a silo holds at
    /// most this many server connections: 3 silos stay well inside PostgreSQL's default max_connections of 100.
    /// </summary>
    public const int MaxPoolSize = 20;

    /// <summary>
    /// Orleans opens and closes a pooled connection around every query, and Npgsql would reset each one (DISCARD ALL)
    /// on its way back. Nothing in Orleans' queries or our functions sets session state, so the reset is pure cost.
    /// </summary>
    public const bool NoResetOnClose = true;

    /// <summary>
    /// Orleans sends the same few statements (the state write above all) unprepared, so the server parses and plans
    /// every one. Npgsql prepares a statement once it has been seen a few times on a connection, which cut
    /// PostgreSQL's CPU per sign-in by about a third. The pooled connections keep them, since they are never reset.
    /// </summary>
    public const int MaxAutoPrepare = 32;

    /// <summary>The connection string with the defaults added where it is silent; explicit settings always win.</summary>
    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var keywords = given.Keys.Cast<string>().Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!keywords.Contains("maximumpoolsize") && !keywords.Contains("maxpoolsize"))
        {
            builder.MaxPoolSize = MaxPoolSize;
        }

        if (!keywords.Contains("noresetonclose"))
        {
            builder.NoResetOnClose = NoResetOnClose;
        }

        if (!keywords.Contains("maxautoprepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        return builder.ConnectionString;
    }

    private static string Normalize(string keyword) => keyword.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
