using System.Text.Json;
using MfaGrains.Load.Phones;

namespace MfaGrains.Load.Users;

/// <summary>The seeding step's output (<c>users.json</c>): which engine the users live in and their phone keys.</summary>
public sealed record UsersFile(string Target, DateTimeOffset CreatedAt, IReadOnlyList<SeededUser> Users)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file, never HTML: keep base64 '+' readable
    };

    public static async Task<UsersFile> LoadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<UsersFile>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"{path} holds no users.");
        return file.Users is { Count: > 0 } ? file : throw new InvalidDataException($"{path} holds no users.");
    }

    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = PrivateFile.Create(path);
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
    }
}
