namespace MfaGrains.Api.Http;

/// <summary>Reads a request body as exact bytes (signatures cover the bytes received) without consuming it for model binding.</summary>
public static class RequestBodyBytes
{
    /// <summary>The whole body, at most <see cref="RequestBodyLimit.MaxBytes"/>, rewound afterwards so it can be read again.
    /// Throws a 413 <see cref="BadHttpRequestException"/> (mapped to payload_too_large) when it is larger.</summary>
    public static async Task<byte[]> ReadBodyBytesAsync(this HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > RequestBodyLimit.MaxBytes)
        {
            throw RequestBodyLimit.TooLarge();
        }

        request.EnableBuffering(RequestBodyLimit.MaxBytes);
        request.Body.Position = 0;

        // Counted here as well as by the server, so the cap holds on servers without a body-size feature.
        using var body = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > RequestBodyLimit.MaxBytes)
            {
                throw RequestBodyLimit.TooLarge();
            }

            body.Write(chunk, 0, read);
        }

        request.Body.Position = 0;
        return body.ToArray();
    }
}
