namespace MfaGrains.Api.Signatures;

/// <summary>A member of an RFC 8941 dictionary: an item or an inner list, each with parameters.</summary>
public abstract record SfMember(SfParameters Parameters);
