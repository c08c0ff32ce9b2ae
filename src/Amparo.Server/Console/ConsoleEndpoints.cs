using Amparo.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Amparo.Server.Console;

public static class ConsoleEndpoints
{
    public static readonly string[] Cultures = ["es-PE", "es-AR", "es-MX", "en"];

    /// <summary>Sign-out and the language switch (a cookie read by request localization).</summary>
    public static IEndpointRouteBuilder MapConsoleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/logout", async (SignInManager<AmparoUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("~/login");
        }).ExcludeFromDescription();

        endpoints.MapGet("/culture", (string c, string? returnUrl, HttpContext context) =>
        {
            var culture = Cultures.Contains(c) ? c : Cultures[0];
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true });
            var target = returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? url : "/";
            return TypedResults.LocalRedirect("~" + target);
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
