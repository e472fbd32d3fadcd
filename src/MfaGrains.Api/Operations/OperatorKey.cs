namespace MfaGrains.Api.Operations;

/// <summary>One operator credential for the operations routes (<c>/dashboard</c>): who holds it and the hash of the key.</summary>
public sealed class OperatorKey
{
    /// <summary>Who holds the key (a person or a team); shown nowhere but useful when rotating.</summary>
    public string Name { get; set; } = "";

    /// <summary>Hex SHA-256 of the key, e.g. <c>printf %s "$KEY" | sha256sum</c>; see <see cref="ApiKeys.ApiKeyHash"/>.</summary>
    public string KeyHash { get; set; } = "";
}
