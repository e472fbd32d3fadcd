using Microsoft.Extensions.Hosting;

namespace MfaGrains.Messaging.Development;

/// <summary>The guard that keeps the development log sender out of every environment but Development.</summary>
internal static class DevelopmentOnly
{
    public static void Ensure(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"The development log passcode sender writes codes to the log and runs only in the Development environment, not in '{environment.EnvironmentName}'. "
                + "Configure Messaging:Notify (SMS) or Messaging:Webhook (voice) instead.");
        }
    }
}
