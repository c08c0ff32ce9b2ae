using Amparo.Data.Audit;

namespace Amparo.Server.Security;

/// <summary>
/// Every answer of an endpoint the matrix marks as carrying a victim's data is audited before it is sent: who, which
/// endpoint and path, which case, from where and, when given, why (the <c>X-Amparo-Reason</c> header).
/// </summary>
public sealed class VictimDataAuditFilter(AuditLog audit) : IEndpointFilter
{
    public const string ReasonHeader = "X-Amparo-Reason";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        var http = context.HttpContext;
        if (AccessKeys.RuleFor(http) is not { Exposure: not VictimExposure.None } rule || !Answered(result))
        {
            return result;
        }

        var owner = http.Items[AccessHandler.OwnerItem] as ResourceOwner;
        var reason = http.Request.Headers[ReasonHeader].ToString();
        await audit.RecordAsync(new AuditEntry(
            http.User.Identity?.Name ?? "?", AuditActions.VictimDataAnswered, rule.Exposure == VictimExposure.Location ? "victim_position" : "victim_data",
            rule.Key, owner?.CaseId, http.Connection.RemoteIpAddress?.ToString(),
            $"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}" + (reason.Length > 0 ? $" | motivo: {reason[..Math.Min(reason.Length, 500)]}" : string.Empty)),
            http.RequestAborted);
        return result;
    }

    /// <summary>A result that will send data: any success; a refusal or an error sends none.</summary>
    private static bool Answered(object? result) => result switch
    {
        INestedHttpResult nested => Answered(nested.Result),
        IStatusCodeHttpResult { StatusCode: { } status } => status is >= 200 and < 300,
        IResult => true,
        _ => result is not null,
    };
}
