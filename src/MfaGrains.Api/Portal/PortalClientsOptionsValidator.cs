using MfaGrains.Api.ApiKeys;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Portal;

/// <summary>Refuses to start with a portal entry that has no name, a key hash that is not 64 hex digits, or a key shared by two entries.</summary>
public sealed class PortalClientsOptionsValidator : IValidateOptions<PortalClientsOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, PortalClientsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hashes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Clients.Count; i++)
        {
            var client = options.Clients[i];
            if (string.IsNullOrWhiteSpace(client.Name))
            {
                failures.Add($"Portal:Clients:{i}:Name is required.");
            }

            if (!ApiKeyHash.IsWellFormed(client.KeyHash))
            {
                // The value itself is not echoed: someone may have pasted the key instead of its hash.
                failures.Add($"Portal:Clients:{i}:KeyHash must be the hex SHA-256 of the key (64 hex digits).");
            }
            else if (!hashes.Add(client.KeyHash))
            {
                failures.Add($"Portal:Clients:{i}:KeyHash is the same key as an earlier client; each portal needs its own key.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
