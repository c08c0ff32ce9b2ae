using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Documents;
using Amparo.Data.Identity;
using Amparo.Domain.Cases;
using Amparo.Domain.Documents;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Intake;

/// <summary>Attaches the judicial order itself (a PDF) to its record; a replaced document stays stored, the order points to the new one.</summary>
public sealed class OrderDocuments(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public async Task<CommandResult<Guid>> AttachAsync(Guid caseId, Guid orderId, FileRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (await IntakeCases.FindAsync(db, caseId, scope, cancellationToken) is null)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound);
        }

        var order = await db.JudicialOrders.FirstOrDefaultAsync(o => o.Id == orderId && o.CaseId == caseId, cancellationToken);
        if (order is null)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound);
        }

        if (!scope.IsAny(AmparoRoles.CaseRegistrars))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Forbidden, "Solo el juzgado o la central adjuntan la orden.");
        }

        byte[] content;
        try
        {
            content = Convert.FromBase64String(request.ContentBase64 ?? string.Empty);
        }
        catch (FormatException)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, "El contenido no está en base64.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var (file, refusal) = FileUpload.Check(content, request.FileName, [FileKind.Pdf], caseId, scope.UserName, now);
        if (file is null)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, refusal!);
        }

        db.StoredFiles.Add(file);
        order.DocumentFileId = file.Id;
        CaseTimeline.Record(db, caseId, CaseEventKinds.OrderDocumentAttached, scope.UserName, now, null,
            new { orderId, fileId = file.Id, file.FileName, file.Length, file.Sha256 });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(file.Id);
    }
}
