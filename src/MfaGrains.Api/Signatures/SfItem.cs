namespace MfaGrains.Api.Signatures;

/// <summary>An RFC 8941 item: a bare item (see <see cref="SfParameters"/> for its types) with parameters.</summary>
public sealed record SfItem(object Value, SfParameters Parameters) : SfMember(Parameters);
