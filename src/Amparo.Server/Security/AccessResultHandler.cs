using Amparo.Data.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Amparo.Server.Security;

/// <summary>
/// A record outside the caller's jurisdictions answers 404, as one that does not exist: a guess learns nothing. Every
/// refusal of a signed-in user is audited, so supervisors see who probes what.
/// </summary>
public sealed class AccessResultHandler(AuditLog audit, IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (!authorizeResult.Forbidden || context.User.Identity?.IsAuthenticated != true)
        {
            // Not refused, or refused because her session ended (the ticket is valid, the account changed): sign in again.
            if (authorizeResult.Forbidden)
            {
                await context.ChallengeAsync();
                return;
            }


            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var reasons = authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Message).ToList() ?? [];
        var hidden = reasons.Contains(AccessHandler.OutOfJurisdiction);
        await audit.RecordAsync(new AuditEntry(
            context.User.Identity?.Name ?? "?", AuditActions.AccessDenied, "endpoint", AccessKeys.RuleFor(context)?.Key ?? context.Request.Path.Value,
            RemoteAddress: context.Connection.RemoteIpAddress?.ToString(),
            Details: $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}: {(reasons.Count == 0 ? "policy" : string.Join("; ", reasons))}"),
            context.RequestAborted);
        if (hidden)
        {
            await WriteAsync(context, StatusCodes.Status404NotFound, "No encontrado", "No existe o está fuera de su jurisdicción.");
        }
        else if (IsApi(context) && AccessKeys.RuleFor(context) is { Caller: AccessCaller.Staff } rule)
        {
            await WriteAsync(context, StatusCodes.Status403Forbidden, "Acceso denegado",
                $"Su rol no puede hacer esto: es solo para {string.Join(", ", rule.Roles)}.");
        }
        else
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
        }
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/app/api");

    private Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Status = status, Title = title, Detail = detail } }).AsTask();
    }
}
