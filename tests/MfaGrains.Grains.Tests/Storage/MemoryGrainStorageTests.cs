namespace MfaGrains.Grains.Tests.Storage;

/// <summary>The grain storage scenarios on the Memory provider: the databases' rules for versions, kept in memory.</summary>
public sealed class MemoryGrainStorageTests(MemoryGrainStorageFixture fixture)
    : GrainStorageScenarios(fixture), IClassFixture<MemoryGrainStorageFixture>;
