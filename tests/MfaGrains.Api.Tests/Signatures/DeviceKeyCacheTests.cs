using System.Buffers.Text;
using System.Security.Cryptography;
using MfaGrains.Api.Devices;

namespace MfaGrains.Api.Tests.Signatures;

public sealed class DeviceKeyCacheTests : IDisposable
{
    private readonly DeviceKeyCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void The_same_stored_coordinates_reuse_the_imported_key()
    {
        var (x, y) = NewKey();

        var first = _cache.Get("dev-1", x, y);
        var second = _cache.Get("dev-1", x, y);

        Assert.NotNull(first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Other_coordinates_under_the_same_device_id_are_imported_afresh()
    {
        var (x1, y1) = NewKey();
        var (x2, y2) = NewKey();

        var first = _cache.Get("dev-1", x1, y1);
        var second = _cache.Get("dev-1", x2, y2);

        Assert.NotNull(second);
        Assert.NotSame(first, second);
        Assert.Equal((x2, y2), (second.X, second.Y));
    }

    [Fact]
    public void Coordinates_off_the_curve_are_no_key_and_are_not_cached()
    {
        var (x, _) = NewKey();
        var (_, otherY) = NewKey();

        Assert.Null(_cache.Get("dev-1", x, otherY));
        Assert.Null(_cache.Get("dev-1", x, otherY));
    }

    [Fact]
    public void A_cached_key_still_verifies_signatures_from_many_threads_at_once()
    {
        using var signer = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var point = signer.ExportParameters(false).Q;
        var key = _cache.Get("dev-1", Base64Url.EncodeToString(point.X), Base64Url.EncodeToString(point.Y))!;
        var data = "@method: POST"u8.ToArray();
        var signature = signer.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var tampered = (byte[])signature.Clone();
        tampered[^1] ^= 1;

        var results = Enumerable.Range(0, 64).AsParallel().Select(i => key.VerifySignature(data, i % 2 == 0 ? signature : tampered)).ToList();

        Assert.Equal(Enumerable.Range(0, 64).Select(i => i % 2 == 0), results);
    }

    private static (string X, string Y) NewKey()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var point = ecdsa.ExportParameters(false).Q;
        return (Base64Url.EncodeToString(point.X), Base64Url.EncodeToString(point.Y));
    }
}
