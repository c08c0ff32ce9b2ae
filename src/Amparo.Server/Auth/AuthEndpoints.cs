using Amparo.Data.Audit;
using Amparo.Data.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Auth;

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .WithSummary("Exchanges a user name and password for a bearer token: { accessToken, expiresIn, refreshToken }.");
        group.MapPost("/refresh", RefreshAsync)
            .AllowAnonymous()
            .WithSummary("Exchanges a refresh token for new tokens while the account is unchanged (a new password or a lock ends it).");
        return endpoints;
    }

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, SignInManager<AmparoUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time)
    {
        if (string.IsNullOrEmpty(request.RefreshToken))
        {
            return TypedResults.Problem("Falta el token de renovación (refreshToken).", statusCode: StatusCodes.Status400BadRequest);
        }

        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        // An expired ticket, or an account whose security stamp changed since (password, lock, roles), must sign in again.
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Challenge();
        }

        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
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
