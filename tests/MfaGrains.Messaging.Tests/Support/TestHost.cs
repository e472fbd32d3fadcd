using MfaGrains.Messaging.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MfaGrains.Messaging.Tests.Support;

/// <summary>A real generic host registering the senders as the app does, for start-up behaviour.</summary>
internal static class TestHost
{
    public static IHost Build(IDictionary<string, string?> settings, string environment = "Production")
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging().AddPasscodeSenders(builder.Configuration, builder.Environment);
        return builder.Build();
    }

    /// <summary>The message of the <see cref="OptionsValidationException"/> that stops start-up.</summary>
    public static async Task<string> StartUpFailureAsync(IDictionary<string, string?> settings, string environment = "Production")
    {
        using var host = Build(settings, environment);
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync().WaitAsync(Deadline.Step));
        return failure.Message;
    }
}
