using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace MfaGrains.Messaging.Tests.Support;

/// <summary>Host environments by name, for registration without a host.</summary>
internal static class TestEnvironment
{
    public static IHostEnvironment Named(string name) => new HostingEnvironment { EnvironmentName = name, ApplicationName = "MfaGrains.Messaging.Tests" };

    public static IHostEnvironment Development => Named(Environments.Development);

    public static IHostEnvironment Production => Named(Environments.Production);
}
