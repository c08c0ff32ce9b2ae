using Amparo.Data.Protocols;
using Amparo.Domain.Alarms;
using Amparo.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Protocols;

public static class ProtocolEndpoints
{
    public static IEndpointRouteBuilder MapProtocolEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/protocols").WithTags("Protocols").RequireAuthorization(AmparoPolicies.User);
        group.MapGet("/", async (ProtocolStore store, CancellationToken ct) =>
            TypedResults.Ok((await store.ListAsync(ct)).Select(ProtocolView.From).ToList()))
            .WithSummary("The protocol in force for every alarm type; custom when the centre edited it.");
        group.MapGet("/{typeCode}", GetAsync).WithSummary("The protocol in force for one alarm type (zone_entry, panic…).");
        group.MapPut("/{typeCode}", PutAsync).RequireAuthorization(ProtocolPolicies.Editor)
            .WithSummary("Replaces the protocol of an alarm type with the centre's own (supervisors and administrators).");
        group.MapDelete("/{typeCode}", DeleteAsync).RequireAuthorization(ProtocolPolicies.Editor)
            .WithSummary("Goes back to the default protocol of an alarm type.");
        return endpoints;
    }

    private static async Task<Results<Ok<ProtocolView>, NotFound>> GetAsync(string typeCode, ProtocolStore store, CancellationToken cancellationToken) =>
        AlarmTypeInfo.FromCode(typeCode) is { } info
            ? TypedResults.Ok(ProtocolView.From(await store.GetAsync(info.Type, cancellationToken)))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ProtocolView>, NotFound, ProblemHttpResult>> PutAsync(
        string typeCode, ProtocolRequest body, HttpContext context, ProtocolCommands commands)
    {
        if (AlarmTypeInfo.FromCode(typeCode) is not { } info)
        {
            return TypedResults.NotFound();
        }

        return ToHttp(await commands.SaveAsync(body.ToProtocol(info.Type), context.User, Remote(context), context.RequestAborted));
    }

    private static async Task<Results<Ok<ProtocolView>, NotFound, ProblemHttpResult>> DeleteAsync(string typeCode, HttpContext context, ProtocolCommands commands)
    {
        if (AlarmTypeInfo.FromCode(typeCode) is not { } info)
        {
            return TypedResults.NotFound();
        }

        return ToHttp(await commands.RevertAsync(info.Type, context.User, Remote(context), context.RequestAborted));
    }

    private static Results<Ok<ProtocolView>, NotFound, ProblemHttpResult> ToHttp(ProtocolChange change) => change.Outcome switch
    {
        ProtocolChangeOutcome.Done => TypedResults.Ok(change.Protocol!),
        ProtocolChangeOutcome.Invalid => TypedResults.Problem(string.Join(" ", change.Problems), statusCode: StatusCodes.Status400BadRequest,
            title: "El protocolo no es válido.", extensions: new Dictionary<string, object?> { ["problems"] = change.Problems }),
        ProtocolChangeOutcome.Forbidden => TypedResults.Problem("Solo supervisión y administración editan los protocolos.", statusCode: StatusCodes.Status403Forbidden),
    };

    private static string? Remote(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();
}
