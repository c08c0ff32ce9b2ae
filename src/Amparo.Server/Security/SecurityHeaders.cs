using Amparo.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Security;

/// <summary>
/// Headers on every answer of the console, the apps and the API: no framing, no sniffing, no referrer, and a content
/// policy that runs only Amparo's own scripts and loads images only from itself and the map's tile server.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<MapOptions> map)
{
    private readonly string _policy = ContentPolicy(map.Value.TileUrl);

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = _policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // The apps ask for the phone's position; nothing asks for the microphone or payment.
            headers["Permissions-Policy"] = "geolocation=(self), camera=(self), microphone=(), payment=(), usb=()";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>Styles may be inline (the map library positions its panes with them); scripts never are.</summary>
    public static string ContentPolicy(string? tileUrl)
    {
        var tiles = Uri.TryCreate(tileUrl?.Replace("{s}", "a", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            ? " " + uri.GetLeftPart(UriPartial.Authority).Replace("//a.", "//*.", StringComparison.Ordinal)
            : string.Empty;
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:" + tiles
            + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
