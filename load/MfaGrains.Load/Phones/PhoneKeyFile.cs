using System.Text.Json;

namespace MfaGrains.Load.Phones;

/// <summary>The <c>phone</c> command's key file (<c>phone.json</c>): the engine's URL, the device id and the private key (PKCS#8, base64).</summary>
public sealed record PhoneKeyFile(string Target, string DeviceId, string PrivateKey, string? UserId = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file, never HTML: keep base64 '+' readable
    };

    public static async Task<PhoneKeyFile> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No key file at {Path.GetFullPath(path)}; run 'phone activate' first.", path);
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<PhoneKeyFile>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"{path} is not a phone key file.");
    }

    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = PrivateFile.Create(path);
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
    }
}
