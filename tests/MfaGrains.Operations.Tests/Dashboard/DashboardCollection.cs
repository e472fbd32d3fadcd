namespace MfaGrains.Operations.Tests.Dashboard;

/// <summary>The dashboard tests share one running engine; each test uses users and phones of its own.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardEngineFixture>
{
    public const string Name = "Dashboard engine";
}
