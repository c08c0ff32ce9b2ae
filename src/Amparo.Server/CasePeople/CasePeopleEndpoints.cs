using Amparo.Data.Audit;
using Amparo.Server.Auth;
using Amparo.Server.Intake;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.CasePeople;

/// <summary>The victim's dependants and the aggressor's vehicles.</summary>
public static class CasePeopleEndpoints
{
    public static IEndpointRouteBuilder MapCasePeopleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/cases/{id:guid}").WithTags("Cases").RequireAuthorization(AmparoPolicies.User);
        group.MapGet("/dependants", DependantsAsync).WithSummary("The victim's dependants with their support network (roles that may read her data; audited).");
        group.MapPost("/dependants", AddDependantAsync).WithSummary("Records a dependant of the victim: child, older adult, adult with a disability, student.");
        group.MapPut("/dependants/{dependantId:guid}", UpdateDependantAsync).WithSummary("Corrects or completes a dependant (the same fields as when recorded).");
        group.MapGet("/vehicles", VehiclesAsync).WithSummary("The aggressor's vehicles.");
        group.MapPost("/vehicles", AddVehicleAsync).WithSummary("Records a vehicle the aggressor uses (plate, description).");
        group.MapDelete("/vehicles/{vehicleId:guid}", EndVehicleAsync).WithSummary("Ends a vehicle he no longer uses: it stays on record but leaves the list.");
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<DependantView>>, ProblemHttpResult>> DependantsAsync(
        Guid id, HttpContext context, DependantCommands commands, UserScopeResolver scopes, AuditLog audit)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var result = await commands.DependantsAsync(id, scope, context.RequestAborted);
        if (result.Outcome != CommandOutcome.Done)
        {
            return CommandHttp.Problem(result, "No se pueden mostrar los dependientes.");
        }

        await audit.RecordAsync(new AuditEntry(scope.UserName, AuditActions.VictimDataRead, "dependants", id.ToString(), id,
            context.Connection.RemoteIpAddress?.ToString(), "api dependants"), context.RequestAborted);
        return TypedResults.Ok(result.Value!);
    }

    private static async Task<Results<Ok<IdView>, ProblemHttpResult>> AddDependantAsync(
        Guid id, DependantRequest body, HttpContext context, DependantCommands commands, UserScopeResolver scopes)
    {
        var result = await commands.AddDependantAsync(id, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.Ok(new IdView(result.Value)) : CommandHttp.Problem(result, "No se pudo registrar el dependiente.");
    }

    private static async Task<Results<Ok<IReadOnlyList<VehicleView>>, ProblemHttpResult>> VehiclesAsync(
        Guid id, HttpContext context, VehicleCommands commands, UserScopeResolver scopes)
    {
        var result = await commands.VehiclesAsync(id, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.Ok(result.Value!) : CommandHttp.Problem(result, "No se pueden mostrar los vehículos.");
    }

    private static async Task<Results<Ok<IdView>, ProblemHttpResult>> AddVehicleAsync(
        Guid id, VehicleRequest body, HttpContext context, VehicleCommands commands, UserScopeResolver scopes)
    {
        var result = await commands.AddVehicleAsync(id, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.Ok(new IdView(result.Value)) : CommandHttp.Problem(result, "No se pudo registrar el vehículo.");
    }

    private static async Task<Results<Ok<IdView>, ProblemHttpResult>> UpdateDependantAsync(
        Guid id, Guid dependantId, DependantRequest body, HttpContext context, DependantCommands commands, UserScopeResolver scopes)
    {
        var result = await commands.UpdateDependantAsync(id, dependantId, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.Ok(new IdView(result.Value)) : CommandHttp.Problem(result, "No se pudo modificar el dependiente.");
    }

    private static async Task<Results<Ok<IdView>, ProblemHttpResult>> EndVehicleAsync(
        Guid id, Guid vehicleId, HttpContext context, VehicleCommands commands, UserScopeResolver scopes)
    {
        var result = await commands.EndVehicleAsync(id, vehicleId, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.Ok(new IdView(result.Value)) : CommandHttp.Problem(result, "No se pudo dar de baja el vehículo.");
    }
}
