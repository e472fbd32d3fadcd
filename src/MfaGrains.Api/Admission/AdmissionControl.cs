using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Admission;

/// <summary>
/// Graceful overload: ASP.NET Core's rate limiter holds new sign-in challenges in flight to a limit that adapts to their
/// latency (<see cref="AdaptiveConcurrencyLimiter"/>, at most <see cref="AdmissionOptions.MaxInFlight"/>), optionally
/// refuses while the thread pool's queue delay shows the CPU saturated (<see cref="QueueDelayLimiter"/>) and admits only
/// the share of them that holds the CPU below saturation (<see cref="CpuShareLimiter"/>), with
/// no queue, so a saturated engine refuses new sign-ins at once (503 with <c>Retry-After</c>) while the sign-ins it
/// admitted finish, instead of everything slowing into timeouts.
/// </summary>
public static class AdmissionControl
{
    /// <summary>The limiter policy's name, as ASP.NET Core's <c>aspnetcore.rate_limiting.*</c> metrics label it.</summary>
    public const string PolicyName = "admission";

    public static IServiceCollection AddAdmissionControl(this IServiceCollection services)
    {
        services.AddOptions<AdmissionOptions>().BindConfiguration(AdmissionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = (context, _) =>
            {
                var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<AdmissionOptions>>().Value;
                return new ValueTask(AdmissionProblem.Refused(options.RetryAfterSeconds).ExecuteAsync(context.HttpContext));
            };
            limiter.AddPolicy(PolicyName, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<AdmissionOptions>>().Value;
                return options.Enabled
                    ? RateLimitPartition.Get(PolicyName, _ => CreateLimiter(options, http.RequestServices))
                    : RateLimitPartition.GetNoLimiter(PolicyName);
            });
        });
        // The real clock, as for the adaptive limit: it measures this process's threads, not the domain's time.
        services.AddSingleton(sp => new ThreadPoolQueueDelay(TimeProvider.System, sp.GetRequiredService<IOptions<AdmissionOptions>>()));
        services.AddSingleton<IQueueDelay>(sp => sp.GetRequiredService<ThreadPoolQueueDelay>());
        services.AddHostedService(sp => sp.GetRequiredService<ThreadPoolQueueDelay>());
        return services;
    }

    private static RateLimiter CreateLimiter(AdmissionOptions options, IServiceProvider services)
    {
        RateLimiter inFlight = options.TargetLatency == TimeSpan.Zero
            ? new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = options.MaxInFlight, QueueLimit = 0 })
            : new AdaptiveConcurrencyLimiter(Math.Min(options.MinInFlight, options.MaxInFlight), options.MaxInFlight, options.TargetLatency, TimeProvider.System);
        var queueBound = options.MaxQueueDelay == TimeSpan.Zero
            ? inFlight
            : new QueueDelayLimiter(inFlight, services.GetRequiredService<IQueueDelay>(), options.MaxQueueDelay);
        // The real clock and the process's own CPU time, as for the queue delay: it measures this process, not domain time.
        return options.TargetCpu == 0
            ? queueBound
            : new CpuShareLimiter(queueBound, TimeProvider.System, () => Environment.CpuUsage.TotalTime, Environment.ProcessorCount, options.TargetCpu);
    }

    /// <summary>After authentication, so only a portal's authenticated calls take a place (a stranger cannot crowd them out).</summary>
    public static IApplicationBuilder UseAdmissionControl(this IApplicationBuilder app) => app.UseRateLimiter();

    /// <summary>Puts an endpoint's requests under admission control: new work, refused first when the engine is saturated.</summary>
    public static TBuilder RequireAdmission<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireRateLimiting(PolicyName).WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable, typeof(ProblemDetails), ["application/problem+json"]));
}
