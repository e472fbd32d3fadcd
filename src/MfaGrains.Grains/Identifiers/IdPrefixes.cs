namespace MfaGrains.Grains.Identifiers;

/// <summary>Readable prefixes of server-made identifiers.</summary>
public static class IdPrefixes
{
    public const string Enrolment = "enr_";
    public const string Challenge = "chl_";
}
