using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Amparo.Server.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>Identity users and roles; cookie sign-in for the console, bearer tokens for the API and tools.</summary>
    public static IServiceCollection AddAmparoAuth(this IServiceCollection services)
    {
        services.AddIdentityCore<AmparoUser>(o =>
            {
                o.User.RequireUniqueEmail = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AmparoDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AmparoClaimsFactory>();

        services.AddAuthentication(AmparoPolicies.Scheme)
            .AddPolicyScheme(AmparoPolicies.Scheme, "Cookie or bearer", o => o.ForwardDefaultSelector = SelectScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(8);
                // Browsers cannot set headers on a WebSocket: the hub's token comes in the query string.
                o.Events.OnMessageReceived = context =>
                {
                    if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"] is { Count: > 0 } token)
                    {
                        context.Token = token.ToString();
                    }

                    return Task.CompletedTask;
                };
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/login";
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.Cookie.Name = "amparo.auth";
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
            }));

        services.AddAuthorizationBuilder()
            .AddPolicy(AmparoPolicies.Access, p => p.AddRequirements(new AccessRequirement()))
            .AddPolicy(AmparoPolicies.User, p => p.RequireAuthenticatedUser())
            .AddPolicy(AmparoPolicies.AlarmHandler, p => p.RequireRole(AmparoRoles.AlarmHandlers))
            .AddPolicy(AmparoPolicies.VictimLocation, p => p.RequireRole(AmparoRoles.VictimLocationReaders))
            .AddPolicy(AmparoPolicies.Auditor, p => p.RequireRole(AmparoRoles.Administrador, AmparoRoles.Supervisor))
            .AddPolicy(AmparoPolicies.Supervision, p => p.RequireRole(AmparoRoles.Administrador, AmparoRoles.Supervisor))
            .AddPolicy(AmparoPolicies.FieldDevices, p => p.RequireRole(AmparoRoles.FieldWorkers));
        services.AddScoped<UserScopeResolver>();
        services.AddSingleton<ResourceJurisdictions>();
        services.AddScoped<IAuthorizationHandler, AccessHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <summary>A bearer token (header, or query string for the hub's WebSocket) goes to the bearer handler; else the cookie.</summary>
    private static string SelectScheme(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return IdentityConstants.BearerScheme;
        }

        return context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query.ContainsKey("access_token")
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;
    }

    private static Task ApiAwareRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
