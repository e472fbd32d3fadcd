using MfaGrains.Api.Tests.Phones;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>One running engine shared by the tests of a class; each test uses its own user ids.</summary>
public class EngineFixture : IAsyncLifetime
{
    public EngineFixture()
        : this(new EngineHost())
    {
    }

    /// <summary>For fixtures that need the engine configured their way.</summary>
    protected EngineFixture(EngineHost host) => Host = host;

    public EngineHost Host { get; }

    public HttpClient Http { get; private set; } = null!;

    public TestPortal Portal { get; private set; } = null!;

    public static string NewUserId() => $"Staff.{Guid.NewGuid():N}@NHS.net";

    public TestPhone NewPhone() => new(Http, Host.Clock);

    public virtual async Task InitializeAsync()
    {
        await Host.StartAsync();
        Http = Host.CreateClient();
        Portal = new TestPortal(Http);
    }

    public virtual async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
