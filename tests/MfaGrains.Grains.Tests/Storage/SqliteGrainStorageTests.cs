namespace MfaGrains.Grains.Tests.Storage;

/// <summary>The grain storage scenarios on the single-machine default: one SQLite file.</summary>
public sealed class SqliteGrainStorageTests(SqliteGrainStorageFixture fixture)
    : GrainStorageScenarios(fixture), IClassFixture<SqliteGrainStorageFixture>;
