using Amparo.Data.Audit;

namespace Amparo.Server.Security;

/// <summary>
/// Every answer of an endpoint the matrix marks as carrying a victim's data is audited before it is sent: who, which
/// endpoint and path, which case, from where and, when given, why (the <c>X-Amparo-Reason</c> header, percent-encoded
/// UTF-8, or the <c>motivo</c> parameter of a link). Roles outside the monitoring centre must give it, whether they
/// call with a token or follow a link in the console.
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

        var reason = ReasonOf(http.Request);
        if (reason.Length < VictimDataReceivers.ShortestReason && VictimDataReceivers.MustSayWhy(http.User, rule))
        {
            return TypedResults.Problem(
                $"Indique el motivo de la consulta, de al menos {VictimDataReceivers.ShortestReason} caracteres, en la cabecera {ReasonHeader} o en el parámetro {VictimDataReceivers.ReasonParameter} (p. ej. el expediente o la diligencia): su rol lee datos de la víctima fuera del centro de monitoreo y el motivo queda en la auditoría.",
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
                $"{http.Request.Method} {http.Request.Path}{QueryWithoutReason(http.Request)}", reason),
            http.RequestAborted);
        return result;
    }

    /// <summary>
    /// The header a program sends (ASCII: a reason with accents comes percent-encoded UTF-8, as a browser encodes a URL),
    /// or the parameter of a link the console made on a page where the reason was given.
    /// </summary>
    private static string ReasonOf(HttpRequest request)
    {
        var header = request.Headers[ReasonHeader].ToString();
        return VictimDataReceivers.Clean(header.Length > 0 ? Uri.UnescapeDataString(header) : request.Query[VictimDataReceivers.ReasonParameter].ToString());
    }

    /// <summary>The query as the audit keeps it: the reason is its own part of the row.</summary>
    private static QueryString QueryWithoutReason(HttpRequest request) =>
        QueryString.Create(request.Query.Where(p => !p.Key.Equals(VictimDataReceivers.ReasonParameter, StringComparison.OrdinalIgnoreCase)));

    /// <summary>A result that will send data: any success; a refusal or an error sends none.</summary>
    private static bool Answered(object? result) => result switch
    {
        INestedHttpResult nested => Answered(nested.Result),
        IStatusCodeHttpResult { StatusCode: { } status } => status is >= 200 and < 300,
        IResult => true,
        _ => result is not null,
    };
}
