using Amparo.Data.Audit;
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
        if (!authorizeResult.Forbidden)
        {
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
        if (!hidden)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status404NotFound, Title = "No encontrado", Detail = "No existe o no es de sus jurisdicciones." },
        });
    }
}
