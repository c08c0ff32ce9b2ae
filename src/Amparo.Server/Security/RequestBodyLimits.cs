using Amparo.Data.Documents;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Amparo.Server.Security;

/// <summary>
/// Every request body is capped before it is read: 1 MiB unless its endpoint declares more (an order's PDF, an act's
/// photos, a report's photo). A larger body is answered 413 without being buffered.
/// </summary>
public sealed class RequestBodyLimits(RequestDelegate next)
{
    public const long Default = 1024 * 1024;

    /// <summary>A file of <see cref="FileUpload.MaxBytes"/> in base64 inside its JSON.</summary>
    public const long Document = FileUpload.MaxBytes / 3 * 4 + JsonAround;

    /// <summary>Room for the JSON around a file's base64.</summary>
    private const long JsonAround = 64 * 1024;

    /// <summary>A body carrying a file of <paramref name="fileBytes"/> in base64 inside its JSON.</summary>
    public static long Base64Of(long fileBytes) => fileBytes / 3 * 4 + JsonAround;

    /// <summary>An act: its photos and signatures in base64, up to what Kestrel takes at most.</summary>
    public const long Act = 30_000_000;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? Default;
        }

        return next(context);
    }
}
