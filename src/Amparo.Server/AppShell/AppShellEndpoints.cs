namespace Amparo.Server.AppShell;

/// <summary>
/// The panic-button app (a progressive web app in wwwroot/app) at /app/: its files are static assets; its entry is
/// served at the folder's address itself, the manifest's start URL and the service worker's scope.
/// </summary>
public static class AppShellEndpoints
{
    public static IEndpointRouteBuilder MapAppShell(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/app/", Entry).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Entry(IWebHostEnvironment environment, HttpContext context)
    {
        // Routing matches /app and /app/ alike; the page's relative addresses need the slash.
        if (context.Request.Path.Value?.EndsWith('/') != true)
        {
            return TypedResults.Redirect("/app/");
        }

        var file = environment.WebRootFileProvider.GetFileInfo("app/index.html");
        if (!file.Exists)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "La aplicación no está instalada en este servidor.");
        }

        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Stream(file.CreateReadStream(), "text/html; charset=utf-8");
    }
}
