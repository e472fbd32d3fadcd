using Npgsql;

namespace MfaGrains.Hosting.Storage;

/// <summary>Applies MfaGrains' PostgreSQL schema (the embedded <c>deploy/sql/postgresql/*.sql</c>) to a database.</summary>
public static class PostgreSqlSchemaBootstrapper
{
    // MSBuild names the embedded copies "<assembly>.Storage.Sql.PostgreSql.<file>".
    private const string ResourceMarker = ".PostgreSql.";

    /// <summary>
    /// Runs the schema files in name order in one transaction, as <c>deploy/sql/postgresql/apply.sh</c>
    /// does. Idempotent, and safe for several processes at once (the first file takes an advisory lock).
    /// </summary>
    public static async Task ApplyAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var scripts = await ReadScriptsAsync(cancellationToken);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var script in scripts)
        {
            await using var command = new NpgsqlCommand(script, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The schema files' names, in the order they are applied.</summary>
    public static IReadOnlyList<string> ScriptNames() =>
        ResourceNames().Select(n => n[(n.LastIndexOf(ResourceMarker, StringComparison.Ordinal) + ResourceMarker.Length)..]).ToList();

    private static List<string> ResourceNames()
    {
        var names = typeof(PostgreSqlSchemaBootstrapper).Assembly.GetManifestResourceNames()
            .Where(n => n.Contains(ResourceMarker, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        return names.Count > 0
            ? names
            : throw new InvalidOperationException($"No embedded '*{ResourceMarker}*.sql' schema files in {typeof(PostgreSqlSchemaBootstrapper).Assembly.GetName().Name}.");
    }

    private static async Task<List<string>> ReadScriptsAsync(CancellationToken cancellationToken)
    {
        var assembly = typeof(PostgreSqlSchemaBootstrapper).Assembly;
        var scripts = new List<string>();
        foreach (var name in ResourceNames())
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            scripts.Add(await reader.ReadToEndAsync(cancellationToken));
        }

        return scripts;
    }
}
