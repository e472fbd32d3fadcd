using MfaGrains.Messaging.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Messaging.Development;

/// <summary>Registers the development log sender, and refuses to outside Development.</summary>
public static class DevelopmentSenderServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DevelopmentLogPasscodeSender"/> for <paramref name="channels"/> (all when none are given). Throws
    /// <see cref="InvalidOperationException"/> at once unless <paramref name="environment"/> is Development.
    /// </summary>
    public static IServiceCollection AddDevelopmentLogPasscodeSender(this IServiceCollection services, IHostEnvironment environment, params PasscodeChannel[] channels)
    {
        DevelopmentOnly.Ensure(environment);
        var served = channels.Length == 0 ? Enum.GetValues<PasscodeChannel>() : channels;
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPasscodeSender, DevelopmentLogPasscodeSender>(sp => new DevelopmentLogPasscodeSender(
            // The host's own environment when there is one, so the guard sees what the app really runs as.
            sp.GetService<IHostEnvironment>() ?? environment,
            served,
            sp.GetRequiredService<ILogger<DevelopmentLogPasscodeSender>>())));
        return services;
    }
}
