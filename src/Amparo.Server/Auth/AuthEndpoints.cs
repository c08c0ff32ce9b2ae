using System.Globalization;
using System.Security.Claims;
using Amparo.Data.Audit;
using Amparo.Data.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Auth;

public static class AuthEndpoints
{
    // What a sign-in may say about itself: a longer name is no user of ours, only a way to fill the audit.
    private const int MaxUserName = 256;
    private const int MaxPassword = 1024;

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Auth");
        var signIn = group.MapGroup(string.Empty).RequireRateLimiting(StaffRateLimits.SignIn);
        signIn.MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .WithSummary("Exchanges a user name, password and (where she has one, or her role requires it) her authenticator's code for tokens: { accessToken, expiresIn, refreshToken }.");
        signIn.MapPost("/refresh", RefreshAsync)
            .AllowAnonymous()
            .WithSummary("Exchanges a refresh token for new tokens while the account is unchanged and the session is younger than a shift.");
        signIn.MapPost("/two-factor/setup", SetupAsync)
            .AllowAnonymous()
            .WithSummary("Her password: a new authenticator key { sharedKey, authenticatorUri } for a user who has no second factor yet.");
        signIn.MapPost("/two-factor/enable", EnableAsync)
            .AllowAnonymous()
            .WithSummary("Her password and the code her app shows for that key: turns the second factor on and signs her in (tokens).");
        group.MapPost("/sessions/end", EndSessionsAsync)
            .WithSummary("Signs the caller out everywhere: every cookie, token and console of hers stops working.");
        return endpoints;
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, StaffSignIn staff, SignInManager<AmparoUser> signIn, TimeProvider time, HttpContext context)
    {
        if (MissingCredentials(request.UserName, request.Password) is { } missing)
        {
            return missing;
        }

        var result = await staff.CheckAsync(request.UserName, request.Password, request.TwoFactorCode, "api", Remote(context), context.RequestAborted);
        return result.Outcome == StaffSignInOutcome.Succeeded
            ? await TokensAsync(result.User!, signIn, time)
            : Refusal(result.Outcome);
    }

    private static async Task<Results<Ok<AuthenticatorSetup>, ProblemHttpResult>> SetupAsync(
        LoginRequest request, StaffSignIn staff, HttpContext context)
    {
        if (MissingCredentials(request.UserName, request.Password) is { } missing)
        {
            return missing;
        }

        var result = await staff.CheckAsync(request.UserName!, request.Password!, null, "api: alta del segundo factor", Remote(context), context.RequestAborted);
        return result switch
        {
            { Outcome: StaffSignInOutcome.SetupRequired or StaffSignInOutcome.Succeeded, User: { TwoFactorEnabled: false } user } => TypedResults.Ok(await staff.SetupAsync(user, renewKey: true)),
            { Outcome: StaffSignInOutcome.CodeRequired } => TypedResults.Problem(
                "Ya tiene la verificación en dos pasos; si perdió su aplicación, un administrador puede restablecerla.", statusCode: StatusCodes.Status409Conflict),
            _ => Refusal(result.Outcome),
        };
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> EnableAsync(
        TwoFactorEnableRequest request, StaffSignIn staff, SignInManager<AmparoUser> signIn, TimeProvider time, HttpContext context)
    {
        if (MissingCredentials(request.UserName, request.Password) is { } missing)
        {
            return missing;
        }

        var remote = Remote(context);
        var result = await staff.CheckAsync(request.UserName!, request.Password!, null, "api: alta del segundo factor", remote, context.RequestAborted);
        if (result is not { Outcome: StaffSignInOutcome.SetupRequired or StaffSignInOutcome.Succeeded, User: { TwoFactorEnabled: false } user })
        {
            return result.Outcome == StaffSignInOutcome.CodeRequired
                ? TypedResults.Problem("Ya tiene la verificación en dos pasos.", statusCode: StatusCodes.Status409Conflict)
                : Refusal(result.Outcome);
        }

        var enabled = await staff.EnableAsync(user, request.Code ?? string.Empty, "api", remote, context.RequestAborted);
        return enabled.Outcome == StaffSignInOutcome.Succeeded ? await TokensAsync(user, signIn, time) : Refusal(enabled.Outcome);
    }

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, SignInManager<AmparoUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, IOptions<SecurityOptions> options, TimeProvider time)
    {
        if (string.IsNullOrEmpty(request.RefreshToken))
        {
            return TypedResults.Problem("Falta el token de renovación (refreshToken).", statusCode: StatusCodes.Status400BadRequest);
        }

        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        // An expired ticket, a session older than a shift, or an account whose security stamp changed since must sign in again.
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || StartedAt(ticket.Principal) is not { } started || time.GetUtcNow() - started >= TimeSpan.FromHours(options.Value.SessionHours)
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Challenge();
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(ticket.Principal.FindFirst(AmparoClaims.SessionStarted)!);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<NoContent> EndSessionsAsync(UserManager<AmparoUser> users, SessionCheck sessions, AuditLog audit, HttpContext context)
    {
        var user = await users.GetUserAsync(context.User) ?? throw new InvalidOperationException("A signed-in caller has no account.");
        await users.UpdateSecurityStampAsync(user);
        sessions.Forget(user.Id);
        await audit.RecordAsync(new AuditEntry(user.UserName!, AuditActions.SessionsEnded, "user", user.UserName, RemoteAddress: Remote(context), Details: "propia"), context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<SignInHttpResult> TokensAsync(AmparoUser user, SignInManager<AmparoUser> signIn, TimeProvider time)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(AmparoClaims.SessionStarted,
            time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        // The bearer handler writes { tokenType, accessToken, expiresIn, refreshToken }.
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static DateTimeOffset? StartedAt(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirst(AmparoClaims.SessionStarted)?.Value, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static ProblemHttpResult? MissingCredentials(string? userName, string? password) =>
        string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || userName.Length > MaxUserName || password.Length > MaxPassword
            ? TypedResults.Problem($"Faltan el usuario (userName, hasta {MaxUserName} caracteres) y la contraseña (password, hasta {MaxPassword}).",
                statusCode: StatusCodes.Status400BadRequest)
            : null;

    private static ProblemHttpResult Refusal(StaffSignInOutcome outcome) => outcome switch
    {
        StaffSignInOutcome.LockedOut => Problem(StatusCodes.Status401Unauthorized, "Cuenta bloqueada tras varios intentos fallidos; inténtelo más tarde.", null),
        StaffSignInOutcome.CodeRequired => Problem(StatusCodes.Status401Unauthorized, "Falta el código de su aplicación de autenticación (twoFactorCode).", "required"),
        StaffSignInOutcome.CodeWrong => Problem(StatusCodes.Status401Unauthorized, "El código no es correcto o ya se usó.", "required"),
        StaffSignInOutcome.SetupRequired => Problem(StatusCodes.Status403Forbidden,
            "Su rol exige verificación en dos pasos: configúrela con POST /api/auth/two-factor/setup y /api/auth/two-factor/enable.", "setup"),
        _ => Problem(StatusCodes.Status401Unauthorized, "Usuario o contraseña incorrectos.", null),
    };

    private static ProblemHttpResult Problem(int status, string detail, string? twoFactor) =>
        TypedResults.Problem(detail, statusCode: status,
            extensions: twoFactor is null ? null : new Dictionary<string, object?>(StringComparer.Ordinal) { ["twoFactor"] = twoFactor });

    private static string? Remote(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();
}
