using Amparo.Server.App;
using Amparo.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Amparo.Server.Security;

/// <summary>
/// Holds every request, page and hub call to its line of the <see cref="AccessMatrix"/>: the caller's roles, then the
/// jurisdiction of the record the route names. Anything not in the matrix is refused.
/// </summary>
public sealed partial class AccessHandler(UserScopeResolver scopes, ResourceJurisdictions owners, ILogger<AccessHandler> logger)
    : AuthorizationHandler<AccessRequirement>
{
    /// <summary>The failure that answers 404, as for a record that does not exist.</summary>
    public const string OutOfJurisdiction = "out-of-jurisdiction";

    /// <summary>Where the record a request names was found to belong, for the audit of what it answers.</summary>
    public const string OwnerItem = "amparo.access.owner";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        if (requirement.Page is not null && context.Resource is not HttpContext)
        {
            // The router: the page's roles are its policy's other requirement; its record is checked by the page.
            context.Succeed(requirement);
            return;
        }

        var (rule, name, routeValues, http) = context.Resource switch
        {
            HttpContext request => new Target(AccessKeys.RuleFor(request), request.Request.Path.Value, request.Request.RouteValues, request),
            HubInvocationContext call => new Target(AccessMatrix.Find(AccessMatrix.HubKey(call.Hub.GetType().Name, call.HubMethodName)), call.HubMethodName, null, null),
            _ => new Target(null, context.Resource?.GetType().Name, null, null),
        };
        if (rule is null)
        {
            LogNotInMatrix(name ?? "?");
            context.Fail(new AuthorizationFailureReason(this, "Not in the access matrix"));
            return;
        }

        switch (rule.Caller)
        {
            case AccessCaller.Anonymous:
                context.Succeed(requirement);
                return;
            case AccessCaller.App:
                if (AppAuth.InstallationOf(context.User) is not null)
                {
                    context.Succeed(requirement);
                }

                return;
        }

        if (context.User.Identity?.IsAuthenticated != true || AppAuth.InstallationOf(context.User) is not null)
        {
            return;
        }

        if (!rule.Allows(context.User.IsInRole))
        {
            context.Fail(new AuthorizationFailureReason(this, $"Role not allowed by {rule.Key}"));
            return;
        }

        if (ResourceJurisdictions.Names(rule, routeValues, out var id))
        {
            var cancellation = http?.RequestAborted ?? CancellationToken.None;
            if (await owners.FindAsync(rule.Scope, id, cancellation) is { } owner)
            {
                var scope = await scopes.ResolveAsync(context.User, cancellation);
                if (!scope.CanSee(owner.JurisdictionId))
                {
                    context.Fail(new AuthorizationFailureReason(this, OutOfJurisdiction));
                    return;
                }

                http?.Items[OwnerItem] = owner;
            }
        }

        context.Succeed(requirement);
    }

    private readonly record struct Target(AccessRule? Rule, string? Name, IReadOnlyDictionary<string, object?>? RouteValues, HttpContext? Http);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refused {Name}: it is not in the access matrix")]
    private partial void LogNotInMatrix(string name);
}
