namespace MfaGrains.Grains.Prewarm;

/// <summary>How many of a job's ids should have been tried by a moment: an even spread from the start over the window.</summary>
public static class PrewarmPace
{
    public static int DueBy(DateTimeOffset now, DateTimeOffset startAt, int spreadSeconds, int total)
    {
        if (now < startAt)
        {
            return 0;
        }

        if (spreadSeconds <= 0)
        {
            return total;
        }

        var share = Math.Min(1.0, (now - startAt).TotalSeconds / spreadSeconds);
        return (int)Math.Min(total, Math.Ceiling(share * total));
    }
}
