using System.Net;
using System.Net.Http.Json;
using System.Text;
using MfaGrains.Api.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MfaGrains.Api.Tests.Http;

public sealed class RequestBodyLimitTests : IAsyncLifetime
{
    private LoopbackApp app = null!;

    public async Task InitializeAsync() =>
        app = await LoopbackApp.StartAsync(web =>
        {
            // Reads the raw bytes first (as the signature check does), then lets minimal APIs bind the same body.
            web.Use(async (context, next) =>
            {
                if (context.Request.Path.StartsWithSegments("/v1/raw"))
                {
                    context.Items["rawLength"] = (await context.Request.ReadBodyBytesAsync(context.RequestAborted)).Length;
                }

                await next(context);
            });
            web.MapPost("/v1/bound", (Blob blob) => Results.Ok(blob.Data.Length));
            web.MapPost("/v1/raw", (HttpContext context, Blob blob) => Results.Ok(new Echo((int)context.Items["rawLength"]!, blob.Data.Length)));
            web.MapPost("/outside", async (HttpContext context) => Results.Ok((await context.Request.ReadBodyBytesAsync(context.RequestAborted)).Length));
        });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("/v1/bound")]
    [InlineData("/v1/raw")]
    public async Task A_17_KiB_body_with_content_length_is_payload_too_large(string path)
    {
        using var content = new ByteArrayContent(JsonBytes(17 * 1024));
        content.Headers.ContentType = new("application/json");
        Assert.NotNull(content.Headers.ContentLength);

        using var response = await app.Client.PostAsync(new Uri(path, UriKind.Relative), content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Theory]
    [InlineData("/v1/bound")]
    [InlineData("/v1/raw")]
    public async Task A_17_KiB_chunked_body_is_payload_too_large(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonBody(17 * 1024) };

        using var response = await app.Client.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Theory]
    [InlineData("/v1/raw")]
    [InlineData("/v1/bound")]
    public async Task A_body_of_exactly_16_KiB_is_accepted_chunked(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonBody(RequestBodyLimit.MaxBytes) };

        using var response = await app.Client.SendAsync(request);

        Assert.True(HttpStatusCode.OK == response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reading_the_raw_bytes_leaves_the_body_for_model_binding()
    {
        using var response = await app.Client.PostAsync(new Uri("/v1/raw", UriKind.Relative), JsonBody(100));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Echo(100, 100 - Overhead), await response.Content.ReadFromJsonAsync<Echo>());
    }

    [Fact]
    public async Task Raw_reads_are_capped_even_outside_v1()
    {
        using var response = await app.Client.PostAsync(new Uri("/outside", UriKind.Relative), JsonBody(17 * 1024));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    private const int Overhead = 11; // {"data":""}

    // A JSON document of exactly totalBytes bytes.
    private static byte[] JsonBytes(int totalBytes) =>
        Encoding.UTF8.GetBytes("{\"data\":\"" + new string('a', totalBytes - Overhead) + "\"}");

    // Of unknown length, so HttpClient sends it chunked, without Content-Length.
    private static ChunkedContent JsonBody(int totalBytes) => new(JsonBytes(totalBytes));

    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] bytes;

        public ChunkedContent(byte[] bytes)
        {
            this.bytes = bytes;
            Headers.ContentType = new("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            // Several writes, so the body really arrives as several chunks.
            foreach (var chunk in bytes.Chunk(4096))
            {
                await stream.WriteAsync(chunk);
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    public sealed record Blob(string Data);

    public sealed record Echo(int RawLength, int DataLength);
}
