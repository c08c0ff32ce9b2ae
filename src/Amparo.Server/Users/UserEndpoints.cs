using Amparo.Data.Identity;
using Amparo.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Users;

public static class UserEndpoints
{
    /// <summary>Those who manage staff accounts: administrators, each within her jurisdictions.</summary>
    public static IReadOnlyList<string> Managers { get; } = [AmparoRoles.Administrador];

    public static IServiceCollection AddAmparoUsers(this IServiceCollection services) => services.AddScoped<UserAdministration>();

    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/users").WithTags("Users");
        group.MapGet("/", ListAsync).WithSummary("The staff accounts of your jurisdictions: roles, second factor, lock.");
        group.MapPost("/", CreateAsync).WithSummary("Creates an account: { userName, fullName, role, jurisdictionId, institutionId, password } (audited).");
        group.MapPut("/{userName}", ChangeAsync).WithSummary("Changes an account's name, role, jurisdiction or institution; her sessions end (audited).");
        group.MapPut("/{userName}/password", PasswordAsync).WithSummary("Sets a new password (the policy applies); her sessions end (audited).");
        group.MapPost("/{userName}/lock", (string userName, HttpContext c, UserAdministration admin, UserScopeResolver scopes) =>
            ActAsync(c, scopes, (scope, remote) => admin.LockAsync(scope, userName, remote, c.RequestAborted))).WithSummary("Locks an account until unlocked; her sessions end at once (audited).");
        group.MapPost("/{userName}/unlock", (string userName, HttpContext c, UserAdministration admin, UserScopeResolver scopes) =>
            ActAsync(c, scopes, (scope, remote) => admin.UnlockAsync(scope, userName, remote, c.RequestAborted))).WithSummary("Unlocks an account (audited).");
        group.MapPost("/{userName}/two-factor/reset", (string userName, HttpContext c, UserAdministration admin, UserScopeResolver scopes) =>
            ActAsync(c, scopes, (scope, remote) => admin.ResetTwoFactorAsync(scope, userName, remote, c.RequestAborted))).WithSummary("Forgets her authenticator (a lost phone): she sets up a new one at her next sign-in (audited).");
        group.MapPost("/{userName}/sessions/end", (string userName, HttpContext c, UserAdministration admin, UserScopeResolver scopes) =>
            ActAsync(c, scopes, (scope, remote) => admin.EndSessionsAsync(scope, userName, remote, c.RequestAborted))).WithSummary("Signs her out everywhere (audited).");
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<UserView>>> ListAsync(HttpContext context, UserAdministration admin, UserScopeResolver scopes) =>
        TypedResults.Ok(await admin.ListAsync(await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted));

    private static Task<Results<Ok<UserView>, Created<UserView>, ProblemHttpResult>> CreateAsync(
        NewUserRequest request, HttpContext context, UserAdministration admin, UserScopeResolver scopes) =>
        ActAsync(context, scopes, (scope, remote) => admin.CreateAsync(scope, request, remote, context.RequestAborted));

    private static Task<Results<Ok<UserView>, Created<UserView>, ProblemHttpResult>> ChangeAsync(
        string userName, UserChangeRequest request, HttpContext context, UserAdministration admin, UserScopeResolver scopes) =>
        ActAsync(context, scopes, (scope, remote) => admin.ChangeAsync(scope, userName, request, remote, context.RequestAborted));

    private static Task<Results<Ok<UserView>, Created<UserView>, ProblemHttpResult>> PasswordAsync(
        string userName, PasswordRequest request, HttpContext context, UserAdministration admin, UserScopeResolver scopes) =>
        ActAsync(context, scopes, (scope, remote) => admin.SetPasswordAsync(scope, userName, request, remote, context.RequestAborted));

    private static async Task<Results<Ok<UserView>, Created<UserView>, ProblemHttpResult>> ActAsync(
        HttpContext context, UserScopeResolver scopes, Func<UserScope, string?, Task<CommandResult<UserView>>> act)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var result = await act(scope, context.Connection.RemoteIpAddress?.ToString());
        return result.Outcome switch
        {
            CommandOutcome.Created => TypedResults.Created($"/api/users/{Uri.EscapeDataString(result.Value!.UserName)}", result.Value),
            CommandOutcome.Done => TypedResults.Ok(result.Value!),
            _ => CommandHttp.Problem(result, "La cuenta no se cambió"),
        };
    }
}
