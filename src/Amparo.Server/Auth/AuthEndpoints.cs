using Amparo.Data.Audit;
using Amparo.Data.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Amparo.Server.Auth;

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .WithSummary("Exchanges a user name and password for a bearer token: { accessToken, expiresIn, refreshToken }.");
        return endpoints;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<AmparoUser> signIn, AuditLog audit, HttpContext context)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem("userName and password are required.", statusCode: StatusCodes.Status400BadRequest);
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.UserName, request.Password, isPersistent: false, lockoutOnFailure: true);
        var remote = context.Connection.RemoteIpAddress?.ToString();
        if (!result.Succeeded)
        {
            await audit.RecordAsync(new AuditEntry(request.UserName, AuditActions.LoginFailed, "user", RemoteAddress: remote, Details: "api"), context.RequestAborted);
            return TypedResults.Problem(
                result.IsLockedOut ? "Account locked after repeated failures; try again later." : "Wrong user name or password.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        await audit.RecordAsync(new AuditEntry(request.UserName, AuditActions.Login, "user", RemoteAddress: remote, Details: "api"), context.RequestAborted);
        // The bearer handler has written { tokenType, accessToken, expiresIn, refreshToken }.
        return TypedResults.Empty;
    }
}
