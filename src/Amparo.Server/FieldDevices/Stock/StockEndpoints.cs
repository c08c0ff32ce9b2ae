using Amparo.Domain.Stock;
using Amparo.Server.Auth;

namespace Amparo.Server.FieldDevices.Stock;

public static class StockEndpoints
{
    public static IEndpointRouteBuilder MapStockEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/stock").WithTags("Stock").RequireAuthorization(AmparoPolicies.FieldDevices);
        group.MapGet("/", ReportAsync)
            .WithSummary("The stock report of your jurisdictions: devices with status and custodian (filter by status, institutionId) and each institution's totals per status.");
        group.MapGet("/institutions", CustodiansAsync).WithSummary("Institutions of your jurisdictions and whether each may keep devices.");
        group.MapPut("/institutions/{id:guid}/adhesion", AdhesionAsync).RequireAuthorization(AmparoPolicies.Supervision)
            .WithSummary("A municipal gender area's adhesion to the programme and the date of its acta de adhesión (supervisors and administrators).");
        group.MapPost("/devices", RegisterAsync).WithSummary("Registers a device into the stock of a custodian that may keep devices (InStore).");
        group.MapPost("/devices/{id:guid}/movements", MoveAsync)
            .WithSummary("Moves a device by hand: status InRepair, Lost, InStore, Assigned (with caseId), Retired, and/or institutionId to transfer it.");
        group.MapGet("/devices/{id:guid}/history", HistoryAsync).WithSummary("A device and every movement of it, oldest first.");
        group.MapDeviceSecretEndpoints();
        return endpoints;
    }

    private static async Task<IResult> ReportAsync(
        HttpContext context, StockQueries queries, UserScopeResolver scopes, StockStatus? status = null, Guid? institutionId = null)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return TypedResults.Ok(await queries.ReportAsync(scope, status, institutionId, context.RequestAborted));
    }

    private static async Task<IResult> CustodiansAsync(HttpContext context, StockQueries queries, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return TypedResults.Ok(await queries.CustodiansAsync(scope, context.RequestAborted));
    }

    private static async Task<IResult> AdhesionAsync(
        Guid id, AdhesionRequest request, HttpContext context, InstitutionAdhesion adhesion, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return (await adhesion.SetAsync(id, request, scope, context.RequestAborted)).ToHttp();
    }

    private static async Task<IResult> RegisterAsync(
        RegisterDeviceRequest request, HttpContext context, StockRegistration registration, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return (await registration.RegisterAsync(request, scope, context.RequestAborted)).ToHttp(d => $"/api/stock/devices/{d.Id}/history");
    }

    private static async Task<IResult> MoveAsync(
        Guid id, MovementRequest request, HttpContext context, StockMovements movements, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return (await movements.MoveAsync(id, request, scope, context.RequestAborted)).ToHttp();
    }

    private static async Task<IResult> HistoryAsync(Guid id, HttpContext context, StockQueries queries, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return await queries.HistoryAsync(id, scope, context.RequestAborted) is { } history
            ? TypedResults.Ok(history)
            : FieldResults.NotFound("El dispositivo no existe o no está en el stock de sus jurisdicciones.");
    }
}
