using Amparo.Data.Audit;

namespace Amparo.Server.Security;

/// <summary>
/// Every answer of an endpoint the matrix marks as carrying a victim's data is audited before it is sent: who, which
/// endpoint and path, which case, from where and, when given, why (the <c>X-Amparo-Reason</c> header, percent-encoded
/// UTF-8). Roles outside the monitoring centre must give it.
/// </summary>
public sealed class VictimDataAuditFilter(AuditLog audit) : IEndpointFilter
{
    public const string ReasonHeader = "X-Amparo-Reason";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (AccessKeys.RuleFor(http) is not { Exposure: not VictimExposure.None } rule)
        {
            return await next(context);
        }

        // Headers are ASCII: a reason with accents comes percent-encoded (UTF-8), as a browser encodes a URL.
        var reason = Uri.UnescapeDataString(http.Request.Headers[ReasonHeader].ToString()).Trim();
        if (reason.Length == 0 && IsApiClient(http) && VictimDataReceivers.MustSayWhy(http.User, rule))
        {
            return TypedResults.Problem(
                $"Indique el motivo de la consulta en la cabecera {ReasonHeader} (p. ej. el expediente o la diligencia): su rol lee datos de la víctima fuera del centro de monitoreo y el motivo queda en la auditoría.",
                statusCode: StatusCodes.Status400BadRequest, title: "Falta el motivo");
        }

        var result = await next(context);
        if (!Answered(result))
        {
            return result;
        }

        var owner = http.Items[AccessHandler.OwnerItem] as ResourceOwner;
        await audit.RecordAsync(
            VictimDataReceivers.Answered(http.User.Identity?.Name ?? "?", rule, owner?.CaseId, http.Connection.RemoteIpAddress?.ToString(),
                $"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}", reason),
            http.RequestAborted);
        return result;
    }

    /// <summary>
    /// A program with a token, not the console: the console's own links (an act's photo, a notice's PDF) carry no header,
    /// and the console asks its users for the reason when a page opens (VictimDataGate).
    /// </summary>
    private static bool IsApiClient(HttpContext http) =>
        http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>A result that will send data: any success; a refusal or an error sends none.</summary>
    private static bool Answered(object? result) => result switch
    {
        INestedHttpResult nested => Answered(nested.Result),
        IStatusCodeHttpResult { StatusCode: { } status } => status is >= 200 and < 300,
        IResult => true,
        _ => result is not null,
    };
}
