using Amparo.Server.Security;

namespace Amparo.Server.Tests.Support;

/// <summary>The running app's endpoints as the access matrix names them: one entry per key (an endpoint per method).</summary>
public sealed record MatrixEndpoints(string Key, string Method, string Pattern, RouteEndpoint Endpoint)
{
    public static IReadOnlyList<MatrixEndpoints> Of(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints.OfType<RouteEndpoint>())
            .SelectMany(endpoint => KeysOf(endpoint).Select(key => new MatrixEndpoints(key, MethodOf(key), endpoint.RoutePattern.RawText ?? string.Empty, endpoint)))
            .ToList();
    }

    private static IReadOnlyList<string> KeysOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Namespace == "Microsoft.AspNetCore.StaticAssets") ? [AccessMatrix.StaticFiles] : AccessKeys.Of(endpoint);

    private static string MethodOf(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 || key[..space] == "PAGE" ? "GET" : key[..space];
    }
}
