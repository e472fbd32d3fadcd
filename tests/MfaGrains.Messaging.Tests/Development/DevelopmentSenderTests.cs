using MfaGrains.Messaging.Development;
using MfaGrains.Messaging.Sending;
using MfaGrains.Messaging.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MfaGrains.Messaging.Tests.Development;

/// <summary>The development sender writes the code where a developer can read it, marked as such, and cannot exist anywhere else.</summary>
public sealed class DevelopmentSenderTests
{
    [Fact]
    public async Task Code_is_written_to_the_log_as_a_development_only_warning()
    {
        await using var host = SenderHost.Start(new Dictionary<string, string?>(), TestClock.Create(), TestEnvironment.Development);
        var sender = host.Sender<DevelopmentLogPasscodeSender>();

        var result = await sender.SendAsync(Passcodes.Voice("psc-dev"), CancellationToken.None);

        Assert.True(result.Accepted);
        var line = Assert.Single(host.Logs.Entries, e => e.Category == typeof(DevelopmentLogPasscodeSender).FullName);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.StartsWith("DEVELOPMENT ONLY - NOT SENT: passcode 428613 for Voice", line.Message, StringComparison.Ordinal);
        Assert.Contains("psc-dev", line.Message, StringComparison.Ordinal);
        // Only the number's last digits: a developer can tell test phones apart without whole numbers in the log.
        Assert.Contains("…0123", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Passcodes.PhoneNumber, line.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("development-eu")]
    public void Registration_outside_development_throws(string environment)
    {
        var failure = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddDevelopmentLogPasscodeSender(TestEnvironment.Named(environment)));

        Assert.Contains("runs only in the Development environment", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_outside_development_throws_even_without_the_registration()
    {
        Assert.Throws<InvalidOperationException>(() =>
            new DevelopmentLogPasscodeSender(TestEnvironment.Production, [PasscodeChannel.Sms], NullLogger<DevelopmentLogPasscodeSender>.Instance));
    }

    [Fact]
    public async Task Host_running_as_production_refuses_a_sender_registered_with_a_development_environment()
    {
        // Registered against a stale "Development" object, resolved in a host that really is Production.
        var services = new ServiceCollection().AddLogging()
            .AddSingleton(TestEnvironment.Production)
            .AddDevelopmentLogPasscodeSender(TestEnvironment.Development);
        await using var provider = services.BuildServiceProvider();

        Assert.Throws<InvalidOperationException>(() => provider.GetServices<IPasscodeSender>().ToList());
    }
}
