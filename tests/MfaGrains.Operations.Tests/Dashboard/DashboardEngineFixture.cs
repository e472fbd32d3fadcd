using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Operations.Tests.Dashboard;

/// <summary>One running engine with an operator key, shared by the dashboard tests; a portal client and an operator client to call it.</summary>
public sealed class DashboardEngineFixture : IAsyncLifetime
{
    public EngineHost Host { get; } = OperationsEngine.Create();

    public HttpClient Http { get; private set; } = null!;

    public HttpClient Operator { get; private set; } = null!;

    public TestPortal Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Host.StartAsync();
        Http = Host.CreateClient();
        Operator = Host.OperatorClient();
        Portal = new TestPortal(Http);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        Operator.Dispose();
        await Host.DisposeAsync();
    }
}
