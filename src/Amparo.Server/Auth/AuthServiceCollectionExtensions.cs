using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>Identity users and roles; cookie sign-in for the console, bearer tokens for the API and tools.</summary>
    public static IServiceCollection AddAmparoAuth(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddIdentityCore<AmparoUser>(o =>
            {
                o.User.RequireUniqueEmail = false;
                // At least 12 characters of four kinds: staff passwords guard victims' whereabouts.
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 6;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AmparoDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<SpanishIdentityErrors>()
            .AddClaimsPrincipalFactory<AmparoClaimsFactory>();
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).Configure<IOptions<SecurityOptions>>((bearer, security) =>
        {
            bearer.BearerTokenExpiration = TimeSpan.FromMinutes(security.Value.AccessTokenMinutes);
            bearer.RefreshTokenExpiration = TimeSpan.FromHours(security.Value.SessionHours);
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<SecurityOptions>>((cookie, security) =>
        {
            cookie.ExpireTimeSpan = TimeSpan.FromHours(security.Value.SessionHours);
            cookie.SlidingExpiration = false;
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SecurityOptions>>((validator, security) =>
            validator.ValidationInterval = TimeSpan.FromSeconds(security.Value.RevalidateSeconds));
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((limiter, security) => StaffRateLimits.Configure(limiter, security.Value));
        services.AddMemoryCache();
        services.AddScoped<StaffSignIn>();
        services.AddSingleton<SessionCheck>();
        services.AddSingleton<IClaimsTransformation>(sp => sp.GetRequiredService<SessionCheck>());

        services.AddAuthentication(AmparoPolicies.Scheme)
            .AddPolicyScheme(AmparoPolicies.Scheme, "Cookie or bearer", o => o.ForwardDefaultSelector = SelectScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
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
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Cookie.Name = "amparo.auth";
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
            }));

        var authorization = services.AddAuthorizationBuilder()
            .AddPolicy(AmparoPolicies.Access, p => p.AddRequirements(new AccessRequirement()))
            .AddPolicy(AmparoPolicies.User, p => p.RequireAuthenticatedUser())
            .AddPolicy(AmparoPolicies.AlarmHandler, p => p.RequireRole(AmparoRoles.AlarmHandlers))
            .AddPolicy(AmparoPolicies.VictimLocation, p => p.RequireRole(AmparoRoles.VictimLocationReaders))
            .AddPolicy(AmparoPolicies.Auditor, p => p.RequireRole(AmparoRoles.Administrador, AmparoRoles.Supervisor))
            .AddPolicy(AmparoPolicies.Supervision, p => p.RequireRole(AmparoRoles.Administrador, AmparoRoles.Supervisor))
            .AddPolicy(AmparoPolicies.FieldDevices, p => p.RequireRole(AmparoRoles.FieldWorkers));
        // A console page names its line of the matrix as its policy: the router checks it on every navigation too.
        foreach (var page in AccessMatrix.Rules.Where(r => r.Key.StartsWith(AccessMatrix.PageKey(string.Empty), StringComparison.Ordinal) && r.Caller == AccessCaller.Staff))
        {
            authorization.AddPolicy(page.Key, p => p.RequireRole(page.Roles).AddRequirements(new AccessRequirement(page)));
        }

        services.AddScoped<UserScopeResolver>();
        services.AddSingleton<ResourceJurisdictions>();
        services.AddScoped<IAuthorizationHandler, AccessHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, ConsoleSessionRevalidation>();
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
