using Amparo.Data.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Amparo.Server.Console;

public static class ConsoleEndpoints
{
    public static readonly string[] Cultures = ["es-PE", "es-AR", "es-MX", "en"];

    /// <summary>Sign-out and the language switch (a cookie read by request localization).</summary>
    public static IEndpointRouteBuilder MapConsoleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The console's sign-out form carries its anti-forgery token: another site cannot sign an operator out.
        endpoints.MapPost("/logout", async (SignInManager<AmparoUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("~/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();

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
