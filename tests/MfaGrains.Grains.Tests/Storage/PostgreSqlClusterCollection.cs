namespace MfaGrains.Grains.Tests.Storage;

/// <summary>
/// Multi-silo PostgreSQL clusters run alone: their failure detection is tuned to seconds, and on two cores a busy
/// neighbour could make a healthy silo look dead.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgreSqlClusterCollection
{
    public const string Name = "PostgreSQL cluster";
}
