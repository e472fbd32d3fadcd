namespace MfaGrains.Grains.Tests.Storage;

/// <summary>The grain storage scenarios on PostgreSQL, the cluster-mode backend.</summary>
public sealed class PostgreSqlGrainStorageTests(PostgreSqlGrainStorageFixture fixture)
    : GrainStorageScenarios(fixture), IClassFixture<PostgreSqlGrainStorageFixture>;
