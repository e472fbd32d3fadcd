using MfaGrains.Messaging.Hosting;
using MfaGrains.Messaging.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MfaGrains.Messaging.Tests.Support;

/// <summary>The senders as the app registers them, with a fake clock and every log line captured; start-up validation has run.</summary>
internal sealed class SenderHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SenderHost(ServiceProvider services, CapturedLogs logs)
    {
        _services = services;
        Logs = logs;
    }

    public CapturedLogs Logs { get; }

    public IReadOnlyList<IPasscodeSender> Senders => [.. _services.GetServices<IPasscodeSender>()];

    public static SenderHost Start(IDictionary<string, string?> settings, TimeProvider clock, IHostEnvironment? environment = null)
    {
        var logs = new CapturedLogs();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton(clock)
            .AddPasscodeSenders(configuration, environment ?? TestEnvironment.Production)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        // What the host does at start-up: run the ValidateOnStart validators.
        services.GetService<IStartupValidator>()?.Validate();
        return new SenderHost(services, logs);
    }

    public T Sender<T>()
        where T : IPasscodeSender => Senders.OfType<T>().Single();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
