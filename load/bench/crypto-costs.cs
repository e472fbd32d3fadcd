// The CPU cost of each cryptographic call a sign-in makes (docs/benchmarks.md, "The CPU budget per sign-in"), one
// call at a time in a loop: a floor, since the engine's calls meet colder caches.
//
//   dotnet run load/bench/crypto-costs.cs
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

var portalKey = Encoding.UTF8.GetBytes("a-portal-api-key-of-forty-three-characters");
var hmacKey = RandomNumberGenerator.GetBytes(32);
var body = Encoding.UTF8.GetBytes("{\"decision\":\"approve\",\"number\":\"42\"}");
using var phone = ECDsa.Create(ECCurve.NamedCurves.nistP256);
var signature = phone.SignData(body, HashAlgorithmName.SHA256);
using var phoneKey = ECDsa.Create(phone.ExportParameters(false));
using var aes = new AesGcm(hmacKey, 16);
var nonce = RandomNumberGenerator.GetBytes(12);
var sealedToken = new byte[160];
var tag = new byte[16];
aes.Encrypt(nonce, RandomNumberGenerator.GetBytes(160), sealedToken, tag);
var hash = new byte[32];
var token = new byte[160];

Measure("SHA-256 of a portal key (ApiKeyHash)", 200_000, () => SHA256.HashData(portalKey, hash));
Measure("HMAC-SHA256 (SecretHasher)", 200_000, () => HMACSHA256.HashData(hmacKey, portalKey, hash));
Measure("random number below 100", 200_000, () => RandomNumberGenerator.GetInt32(100));
Measure("16 random bytes (an id)", 200_000, () => RandomNumberGenerator.Fill(hash.AsSpan(0, 16)));
Measure("AES-GCM unseal of a push token", 200_000, () => aes.Decrypt(nonce, sealedToken, tag, token));
Measure("P-256 signature check", 5_000, () => phoneKey.VerifyData(body, signature, HashAlgorithmName.SHA256));

static void Measure(string name, int count, Action call)
{
    for (var i = 0; i < count / 10; i++)
    {
        call();
    }

    using var process = Process.GetCurrentProcess();
    var before = process.TotalProcessorTime;
    for (var i = 0; i < count; i++)
    {
        call();
    }

    process.Refresh();
    Console.WriteLine($"{name,-40} {(process.TotalProcessorTime - before).TotalMicroseconds / count,8:F2} µs of CPU");
}
