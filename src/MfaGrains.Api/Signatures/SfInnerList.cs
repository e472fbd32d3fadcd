namespace MfaGrains.Api.Signatures;

/// <summary>An RFC 8941 inner list: items in order, with parameters of its own.</summary>
public sealed record SfInnerList(IReadOnlyList<SfItem> Items, SfParameters Parameters) : SfMember(Parameters);
