using Amparo.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Registries;

/// <summary>A case's registrations in the protocol's circuits, with the registration duties still unmet.</summary>
public static class CaseCircuitEndpoints
{
    public static IEndpointRouteBuilder MapCaseCircuitEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/cases/{id:guid}").WithTags("Cases").RequireAuthorization(AmparoPolicies.User);
        group.MapGet("/circuits", ListAsync).WithSummary("The circuits the case is registered in, each with its duties and those still unmet.");
        group.MapPost("/circuits", RegisterAsync).WithSummary("Registers the case in a circuit: Femicide, AttemptedFemicide or HighRiskPartnerViolence.");
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<CaseCircuitView>>, ProblemHttpResult>> ListAsync(
        Guid id, HttpContext context, CaseCircuitCommands commands, UserScopeResolver scopes)
    {
        var result = await commands.ListAsync(id, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.Ok(result.Value!) : CommandHttp.Problem(result, "No se pueden mostrar los circuitos del caso.");
    }

    private static async Task<Results<Ok<IReadOnlyList<CaseCircuitView>>, ProblemHttpResult>> RegisterAsync(
        Guid id, CircuitRequest body, HttpContext context, CaseCircuitCommands commands, UserScopeResolver scopes)
    {
        var result = await commands.RegisterAsync(id, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.Ok(result.Value!) : CommandHttp.Problem(result, "No se pudo registrar el caso en el circuito.");
    }
}
