using System.Globalization;
using Amparo.Data.Audit;
using Amparo.Server.Auth;
using Amparo.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Amparo.Server.Intake;

/// <summary>From judicial order to activation: register the case, its addresses, the victim's decision, the signal reports, and activate.</summary>
public static class IntakeEndpoints
{
    public static IEndpointRouteBuilder MapIntakeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/cases").WithTags("Intake").RequireAuthorization(AmparoPolicies.User);
        group.MapPost("/", RegisterAsync).WithSummary("Registers a case from the judicial order that orders its monitoring (court, judge, file, date, perimeter, measures with dates, parties). Juzgado, Supervisor, Administrador.");
        group.MapGet("/{id:guid}/intake", GetAsync).WithSummary("The case's intake file: orders, addresses (the victim's only for roles that may read her data; audited), consent, risk, and the activation check with what blocks it.");
        group.MapPost("/{id:guid}/orders/{orderId:guid}/document", AttachAsync).WithMetadata(new RequestSizeLimitAttribute(RequestBodyLimits.Document)).WithSummary("Attaches the order itself: JSON { fileName, contentBase64 }, a PDF (checked by content) of at most 10 MiB.");
        group.MapPost("/{id:guid}/addresses", AddAddressAsync).WithSummary("Records an address of a party as given (home, work, study); a victim's home and work are protected places by default.");
        group.MapPost("/{id:guid}/addresses/{addressId:guid}/confirm", ConfirmAsync).WithSummary("Confirms where an address is, as placed on the map.");
        group.MapPost("/{id:guid}/addresses/{addressId:guid}/geocode", GeocodeAsync).WithSummary("Looks the address up, as recorded, on the programme's own Nominatim-compatible geocoder (Amparo:Geocoding) and answers candidate places to place it on the map; confirming is still done by hand. No body: the address never travels in this URL. Same roles as confirming; a victim's address audited. 503 when no geocoder is configured, 502 when it fails.");
        group.MapPost("/{id:guid}/addresses/{addressId:guid}/coverage", CoverageAsync).WithSummary("Records the signal report of an address: Good, Weak or None. Técnico, Supervisor, Administrador.");
        group.MapDelete("/{id:guid}/addresses/{addressId:guid}", EndAddressAsync).WithSummary("Ends an address (a move, a relocation): it stays on record but no longer counts.");
        group.MapPut("/{id:guid}/consent", ConsentAsync).WithSummary("Records the victim's informed decision to carry her device: Given or Refused (the aggressor's is mandatory).");
        group.MapPost("/{id:guid}/activate", ActivateAsync).WithSummary("Activates monitoring if the check passes (fixed zones from her protected places, a dynamic zone if she consented); 409 with what blocks it and what the protocol proposes otherwise.");
        group.MapGet("/{id:guid}/timeline", TimelineAsync).WithSummary("Every change to the case, oldest first.");
        return endpoints;
    }

    private static async Task<Results<Created<IdView>, ProblemHttpResult>> RegisterAsync(
        RegisterCaseRequest body, HttpContext context, CaseRegistration registration, UserScopeResolver scopes, AuditLog audit)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var result = await registration.RegisterAsync(body, scope, context.RequestAborted);
        if (result.Outcome != CommandOutcome.Done)
        {
            return CommandHttp.Problem(result, "No se pudo registrar el caso.");
        }

        await audit.RecordAsync(new AuditEntry(scope.UserName, AuditActions.CaseRegistered, "case", result.Value.ToString(), result.Value,
            context.Connection.RemoteIpAddress?.ToString(), body.FileNumber), context.RequestAborted);
        return TypedResults.Created($"/api/cases/{result.Value}/intake", new IdView(result.Value));
    }

    private static async Task<Results<Ok<IntakeView>, NotFound>> GetAsync(
        Guid id, HttpContext context, IntakeQueries queries, UserScopeResolver scopes, AuditLog audit)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var view = await queries.GetAsync(id, scope, CultureInfo.CurrentUICulture, context.RequestAborted);
        if (view is null)
        {
            return TypedResults.NotFound();
        }

        if (view.Addresses.Any(a => a.Role == "Victim"))
        {
            await audit.RecordAsync(new AuditEntry(scope.UserName, AuditActions.VictimDataRead, "victim_addresses", id.ToString(), id,
                context.Connection.RemoteIpAddress?.ToString(), "api intake"), context.RequestAborted);
        }

        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<IdView>, ProblemHttpResult>> AttachAsync(
        Guid id, Guid orderId, FileRequest body, HttpContext context, OrderDocuments documents, UserScopeResolver scopes) =>
        Done(await documents.AttachAsync(id, orderId, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted),
            "No se pudo adjuntar la orden.");

    private static async Task<Results<Ok<IdView>, ProblemHttpResult>> AddAddressAsync(
        Guid id, AddressRequest body, HttpContext context, AddressCommands commands, UserScopeResolver scopes) =>
        Done(await commands.AddAsync(id, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted),
            "No se pudo registrar la dirección.");

    private static async Task<Results<Ok<IdView>, ProblemHttpResult>> ConfirmAsync(
        Guid id, Guid addressId, ConfirmAddressRequest body, HttpContext context, AddressCommands commands, UserScopeResolver scopes) =>
        Done(await commands.ConfirmAsync(id, addressId, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted),
            "No se pudo confirmar la dirección.");

    private static async Task<Results<Ok<GeocodeView>, ProblemHttpResult>> GeocodeAsync(
        Guid id, Guid addressId, HttpContext context, AddressGeocoding geocoding, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var lookup = await geocoding.LookUpAsync(id, addressId, scope, context.Connection.RemoteIpAddress?.ToString(), "api", context.RequestAborted);
        const string title = "No se pudo buscar la dirección.";
        return lookup.Outcome switch
        {
            AddressLookupOutcome.Found => TypedResults.Ok(new GeocodeView(lookup.Candidates)),
            AddressLookupOutcome.NotFound => TypedResults.Problem("El caso o la dirección no existen en sus jurisdicciones.", statusCode: StatusCodes.Status404NotFound, title: title),
            AddressLookupOutcome.Forbidden => TypedResults.Problem("Su rol no puede ubicar esta dirección.", statusCode: StatusCodes.Status403Forbidden, title: title),
            AddressLookupOutcome.NotConfigured => TypedResults.Problem("La búsqueda de direcciones no está configurada: ubique la dirección en el mapa.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: title),
            _ => TypedResults.Problem("El servicio de búsqueda de direcciones no respondió bien: intente de nuevo o ubique la dirección en el mapa.",
                statusCode: StatusCodes.Status502BadGateway, title: title),
        };
    }

    private static async Task<Results<Ok<IdView>, ProblemHttpResult>> CoverageAsync(
        Guid id, Guid addressId, CoverageRequest body, HttpContext context, AddressCommands commands, UserScopeResolver scopes) =>
        Done(await commands.CoverageAsync(id, addressId, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted),
            "No se pudo registrar la cobertura.");

    private static async Task<Results<Ok<IdView>, ProblemHttpResult>> EndAddressAsync(
        Guid id, Guid addressId, HttpContext context, AddressCommands commands, UserScopeResolver scopes) =>
        Done(await commands.EndAsync(id, addressId, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted),
            "No se pudo dar de baja la dirección.");

    private static async Task<Results<Ok<string>, ProblemHttpResult>> ConsentAsync(
        Guid id, ConsentRequest body, HttpContext context, ConsentCommands commands, UserScopeResolver scopes)
    {
        var result = await commands.RecordAsync(id, body, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.Ok(result.Value.ToString()) : CommandHttp.Problem(result, "No se pudo registrar la decisión.");
    }

    private static async Task<Results<Ok<ReadinessView>, ProblemHttpResult>> ActivateAsync(
        Guid id, ActivateRequest body, HttpContext context, CaseActivation activation, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var result = await activation.ActivateAsync(id, body, scope, CultureInfo.CurrentUICulture, context.RequestAborted);
        return result.Outcome == CommandOutcome.Done ? TypedResults.Ok(result.Value!) : CommandHttp.Problem(result, "El caso no puede activarse.", "readiness");
    }

    private static async Task<Results<Ok<IReadOnlyList<TimelineEntryView>>, NotFound>> TimelineAsync(
        Guid id, HttpContext context, TimelineQueries queries, UserScopeResolver scopes)
    {
        var entries = await queries.GetAsync(id, await scopes.ResolveAsync(context.User, context.RequestAborted), context.RequestAborted);
        return entries is null ? TypedResults.NotFound() : TypedResults.Ok(entries);
    }

    private static Results<Ok<IdView>, ProblemHttpResult> Done(CommandResult<Guid> result, string title) =>
        result.Outcome == CommandOutcome.Done ? TypedResults.Ok(new IdView(result.Value)) : CommandHttp.Problem(result, title);
}
