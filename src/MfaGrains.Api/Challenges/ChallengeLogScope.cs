namespace MfaGrains.Api.Challenges;

/// <summary>
/// Puts the challenge id of a request whose route names one in the logging scope as <c>ChallengeId</c>, so the API's log lines
/// of a challenge correlate with the grain's (which carry <c>{ChallengeId}</c>). Middleware rather than an endpoint filter, so the
/// scope also covers authentication, the written result and a logged failure.
/// </summary>
public static class ChallengeLogScope
{
    private const string RouteValue = "challengeId";
    private const int MaxLength = 64;

    private static readonly Func<ILogger, string, IDisposable?> Scope = LoggerMessage.DefineScope<string>("ChallengeId:{ChallengeId}");

    /// <summary>Adds the scope middleware; it must run after routing (which minimal hosting puts first) and before the endpoint.</summary>
    public static IApplicationBuilder UseChallengeLogScope(this IApplicationBuilder app)
    {
        // Scopes are shared by every logger of the factory, so the category of this one does not matter.
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ChallengeLogScope));
        return app.Use(async (context, next) =>
        {
            if (context.GetRouteValue(RouteValue) is not string challengeId || !IsPlausible(challengeId))
            {
                await next(context);
                return;
            }

            using (Scope(logger, challengeId))
            {
                await next(context);
            }
        });
    }

    // Only id-shaped values reach the logs: the route value is whatever the caller sent.
    private static bool IsPlausible(string challengeId) =>
        challengeId.Length is > 0 and <= MaxLength && challengeId.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
