using Amparo.Domain.Risk;
using Amparo.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Risk;

public static class RiskEndpoints
{
    public static IEndpointRouteBuilder MapRiskEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var instruments = endpoints.MapGroup("/api/risk/instruments").WithTags("Risk").RequireAuthorization(AmparoPolicies.User);
        instruments.MapGet("/", async (RiskCatalog catalog, CancellationToken ct) => TypedResults.Ok(await catalog.ListAsync(ct)))
            .WithSummary("Every risk instrument with its versions: those Amparo ships and those the centre added.");
        instruments.MapGet("/{code}/{version}", GetAsync).WithSummary("One version's definition: its form, points, bands, rules, levels and policies.");
        instruments.MapPost("/", AddAsync).RequireAuthorization(RiskPolicies.InstrumentEditor)
            .WithSummary("Adds a version of an instrument, as its JSON definition (supervisors and administrators); a version never changes once added.");

        var assessments = endpoints.MapGroup("/api/cases/{id:guid}/risk-assessments").WithTags("Risk");
        assessments.MapPost("/", AssessAsync).RequireAuthorization(RiskPolicies.Assessor)
            .WithSummary("Records a risk assessment of the case, scored against the version named; a computed level may only be raised, with a reason.");
        assessments.MapGet("/", ListAsync).RequireAuthorization(RiskPolicies.Reader)
            .WithSummary("The case's risk assessments, newest first, as they were scored.");
        return endpoints;
    }

    private static async Task<Results<Ok<RiskInstrumentDefinition>, NotFound>> GetAsync(string code, string version, RiskCatalog catalog, CancellationToken cancellationToken) =>
        await catalog.GetAsync(code, version, cancellationToken) is { } definition ? TypedResults.Ok(definition) : TypedResults.NotFound();

    private static async Task<Results<Created<RiskInstrumentDefinition>, ValidationProblem, ProblemHttpResult>> AddAsync(HttpContext context, RiskCatalog catalog)
    {
        using var reader = new StreamReader(context.Request.Body);
        var read = RiskInstrumentJson.Read(await reader.ReadToEndAsync(context.RequestAborted));
        if (!read.IsValid)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["definition"] = [.. read.Problems] },
                detail: string.Join(" ", read.Problems), title: "La definición del instrumento no es válida.");
        }

        var definition = read.Definition!;
        if (!await catalog.AddAsync(definition, context.User.Identity?.Name ?? "?", context.RequestAborted))
        {
            return TypedResults.Problem($"El instrumento «{definition.Code}» ya tiene una versión «{definition.Version}»: una versión no se reemplaza, añada otra.",
                statusCode: StatusCodes.Status409Conflict, title: "Esa versión ya existe.");
        }

        return TypedResults.Created($"/api/risk/instruments/{definition.Code}/{definition.Version}", definition);
    }

    private static async Task<Results<Ok<RiskAssessmentView>, NotFound, ValidationProblem>> AssessAsync(
        Guid id, RiskAssessmentRequest body, HttpContext context, RiskAssessmentCommands commands)
    {
        var outcome = await commands.AssessAsync(id, body, context.User, context.RequestAborted);
        return outcome.Status switch
        {
            RiskAssessmentStatus.Recorded => TypedResults.Ok(outcome.Assessment!),
            RiskAssessmentStatus.NotFound => TypedResults.NotFound(),
            RiskAssessmentStatus.Invalid => TypedResults.ValidationProblem(outcome.Errors,
                detail: string.Join(" ", outcome.Errors.Values.SelectMany(e => e)), title: "La valoración de riesgo no es válida."),
        };
    }

    private static async Task<Results<Ok<IReadOnlyList<RiskAssessmentView>>, NotFound>> ListAsync(
        Guid id, HttpContext context, RiskAssessmentQueries queries, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return await queries.ListAsync(id, scope, context.RequestAborted) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();
    }
}
