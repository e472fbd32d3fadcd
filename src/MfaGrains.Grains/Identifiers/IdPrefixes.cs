namespace MfaGrains.Grains.Identifiers;

/// <summary>Readable prefixes of server-made identifiers.</summary>
public static class IdPrefixes
{
    public const string Enrolment = "enr_";
    public const string Challenge = "chl_";
    public const string Totp = "totp_";
    public const string PasscodeSend = "pcs_";
}
