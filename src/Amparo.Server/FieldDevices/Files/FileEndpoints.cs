using Amparo.Domain.Documents;
using Amparo.Server.Audit;
using Amparo.Server.Auth;

namespace Amparo.Server.FieldDevices.Files;

public static class FileEndpoints
{
    public static IEndpointRouteBuilder MapFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/files/{id:guid}", GetAsync).WithTags("Files").RequireAuthorization(AmparoPolicies.User)
            .WithSummary("A stored file (an order, an act's photo or signature) for those who may see its case; a victim's act's only for roles that may see her data.");
        return endpoints;
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext context, StoredFileAccess files, UserScopeResolver scopes, VictimLocationAudit audit)
    {
        var scope = await scopes.ResolveAsync(context.User, context.RequestAborted);
        var read = await files.ReadAsync(id, scope, context.RequestAborted);
        switch (read.Outcome)
        {
            case FileAccessOutcome.NotFound:
                return FieldResults.NotFound("El archivo no existe o no es de un caso de sus jurisdicciones.");
            case FileAccessOutcome.Forbidden:
                return FieldResults.Forbidden("El archivo es de un acta de la víctima: su rol no puede ver los datos de la víctima.");
        }

        var file = read.File!;
        if (read.OfVictim)
        {
            await audit.RecordReadAsync(scope, file.CaseId, "api file", context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
        }

        context.Response.Headers.ETag = $"\"{file.Sha256}\"";
        return TypedResults.File(file.Content, FileSignature.ContentType(file.Kind), file.FileName);
    }
}
