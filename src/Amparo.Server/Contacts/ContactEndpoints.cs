using Amparo.Data.People;
using Amparo.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Contacts;

public static class ContactEndpoints
{
    public static IEndpointRouteBuilder MapContactEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/cases/{caseId:guid}/people/{personId:guid}/contacts").WithTags("Cases").RequireAuthorization(AmparoPolicies.User);
        group.MapGet("/", GetAsync).WithSummary("A party's trusted contacts in the order to try them (a victim's only for roles that may see her data).");
        group.MapPut("/", PutAsync).RequireAuthorization(AmparoPolicies.AlarmHandler).WithSummary("Replaces a party's trusted contacts.");
        return endpoints;
    }

    private static async Task<Results<Ok<List<TrustedContactView>>, NotFound, ProblemHttpResult>> GetAsync(
        Guid caseId, Guid personId, HttpContext context, ContactOwners owners, TrustedContactStore store, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        return await owners.AccessAsync(caseId, personId, scope, context.RequestAborted) switch
        {
            ContactAccess.NotFound => TypedResults.NotFound(),
            ContactAccess.Forbidden => Forbidden(),
            _ => TypedResults.Ok((await store.ListAsync([personId], context.RequestAborted)).Select(TrustedContactView.From).ToList()),
        };
    }

    private static async Task<Results<Ok<List<TrustedContactView>>, NotFound, ProblemHttpResult>> PutAsync(
        Guid caseId, Guid personId, List<ContactRequest> body, HttpContext context, ContactCommands commands, UserScopeResolver scopes)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var change = await commands.ReplaceAsync(caseId, personId, body, scope, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
        return change.Outcome switch
        {
            ContactChangeOutcome.Done => TypedResults.Ok(change.Contacts.ToList()),
            ContactChangeOutcome.NotFound => TypedResults.NotFound(),
            ContactChangeOutcome.Forbidden => Forbidden(),
            ContactChangeOutcome.Invalid => TypedResults.Problem(string.Join(" ", change.Problems), statusCode: StatusCodes.Status400BadRequest,
                title: "Los contactos no son válidos.", extensions: new Dictionary<string, object?> { ["problems"] = change.Problems }),
        };
    }

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem("Your role may not see a victim's data.", statusCode: StatusCodes.Status403Forbidden);
}
