namespace MfaGrains.Grains.Prewarm;

/// <summary>Log events of pre-warm jobs. Counts and job ids only: never a user id.</summary>
internal static partial class PrewarmLog
{
    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Pre-warm job {JobId} scheduled: {Requested} users from {StartAt} over {SpreadSeconds} s")]
    public static partial void Scheduled(ILogger logger, string jobId, int requested, DateTimeOffset startAt, int spreadSeconds);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Information, Message = "Pre-warm job {JobId} completed: {Warmed} warmed, {Unknown} unknown, {Failed} failed")]
    public static partial void Completed(ILogger logger, string jobId, int warmed, int unknown, int failed);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Warning, Message = "Pre-warm job {JobId} could not warm a user")]
    public static partial void WarmFailed(ILogger logger, Exception exception, string jobId);
}
