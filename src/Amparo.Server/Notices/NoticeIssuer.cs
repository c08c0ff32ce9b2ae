using System.Text.Json;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Documents;
using Amparo.Data.Identity;
using Amparo.Data.Integrity;
using Amparo.Data.Notices;
using Amparo.Domain.Cases;
using Amparo.Domain.Documents;
using Amparo.Domain.Integrity;
using Amparo.Domain.Notices;
using Amparo.Server.Auth;
using Amparo.Server.Integrity;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Notices;

/// <summary>
/// Issues the notices of a case's latest order (seed 002, point 4): one per recipient, numbered per court and year,
/// printed from the recipient's template with its integrity stamp (the records it was written from, the ledger's head),
/// kept as a PDF with its SHA-256 and written on the case's timeline.
/// </summary>
public sealed class NoticeIssuer(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    /// <summary>The court issues its notices; the centre's supervision may do it on its behalf.</summary>
    public static IReadOnlyList<string> Issuers { get; } = [AmparoRoles.Administrador, AmparoRoles.Supervisor, AmparoRoles.Juzgado];

    private const int Attempts = 4;

    public async Task<CommandResult<IReadOnlyList<NoticeView>>> IssueAsync(
        Guid caseId, IssueNoticesRequest? request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryIssueAsync(caseId, request ?? new IssueNoticesRequest(), scope, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another notice of the same court took one of these numbers meanwhile: number them again.
            }
        }
    }

    private async Task<CommandResult<IReadOnlyList<NoticeView>>> TryIssueAsync(
        Guid caseId, IssueNoticesRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var monitored = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (monitored is null || !scope.CanSee(monitored.JurisdictionId))
        {
            return NoticeRefusals.CaseNotFound<IReadOnlyList<NoticeView>>();
        }

        if (!scope.IsAny(Issuers))
        {
            return CommandResult.Refused<IReadOnlyList<NoticeView>>(CommandOutcome.Forbidden, "Solo el juzgado o la supervisión del centro emiten oficios.");
        }

        var (selection, problems) = NoticeSelection.Read(request);
        if (selection is null)
        {
            return CommandResult.Refused<IReadOnlyList<NoticeView>>(CommandOutcome.Invalid, [.. problems]);
        }

        var order = await db.JudicialOrders.AsNoTracking().Where(o => o.CaseId == caseId)
            .OrderByDescending(o => o.IssuedOn).ThenByDescending(o => o.RecordedAt).FirstOrDefaultAsync(cancellationToken);
        if (order is null)
        {
            return CommandResult.Refused<IReadOnlyList<NoticeView>>(CommandOutcome.Conflict, "El caso no tiene una orden judicial registrada: no hay qué oficiar.");
        }

        var already = await db.Notices.AsNoTracking().Where(n => n.OrderId == order.Id && selection.Recipients.Contains(n.Recipient))
            .Select(n => n.Recipient).Distinct().ToListAsync(cancellationToken);
        if (already.Count > 0 && !request.Reissue)
        {
            return CommandResult.Refused<IReadOnlyList<NoticeView>>(CommandOutcome.Conflict,
                $"Esta orden ya tiene oficios para: {string.Join(", ", already.Order().Select(NoticeRecipients.Letter))}. Pida reissue para emitirlos de nuevo.");
        }

        var institutions = await NoticeInstitutions.ResolveAsync(db, monitored.JurisdictionId, selection.Recipients, selection.Institutions, cancellationToken);
        var unknown = selection.Institutions.Keys.Where(r => !institutions.ContainsKey(r)).Select(NoticeRecipients.Letter).ToList();
        if (unknown.Count > 0)
        {
            return CommandResult.Refused<IReadOnlyList<NoticeView>>(CommandOutcome.Invalid, $"No existe la institución indicada para: {string.Join(", ", unknown)}.");
        }

        var facts = await NoticeFactsReader.ReadAsync(db, monitored, order, cancellationToken);
        var evidence = NoticeEvidence.Of(facts);
        var anchor = await LedgerHead.ReadAsync(db, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(CaseTimeZone.Local(now, facts.Zone));
        var sequence = await db.Notices.Where(n => n.Court == order.Court && n.Year == today.Year).MaxAsync(n => (int?)n.Sequence, cancellationToken) ?? 0;
        var issued = new List<NoticeView>();
        foreach (var recipient in selection.Recipients)
        {
            var institution = institutions.GetValueOrDefault(recipient);
            var stamp = new DocumentStamp(Guid.CreateVersion7(), EvidenceManifest.Hash(evidence), anchor.Index, anchor.Hash);
            var notice = Issue(db, facts, stamp, recipient, institution?.Id, institution?.Name, ++sequence, today, scope.UserName, now);
            notice.Manifest = JsonSerializer.Serialize(evidence);
            issued.Add(NoticeView.From(notice, institution?.Name));
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok<IReadOnlyList<NoticeView>>(issued);
    }

    private static Notice Issue(AmparoDbContext db, NoticeFacts facts, DocumentStamp stamp, NoticeRecipient recipient, Guid? institutionId, string? institution,
        int sequence, DateOnly today, string userName, DateTime now)
    {
        var order = facts.Order;
        var disclosure = NoticeDisclosure.For(recipient);
        var number = NoticeNumber.Format(sequence, today.Year, order.Court);
        var text = NoticeTemplates.For(recipient).Fill(NoticeValues.For(facts, disclosure, institution), disclosure);
        var pdf = NoticePdf.Render(new NoticeDocument(number, order.Court, order.Judge, order.FileNumber,
            $"{facts.Place}, {NoticeWords.LongDate(today)}", text, now), stamp);
        var (file, refusal) = FileUpload.Check(pdf, $"oficio-{number}.pdf", [FileKind.Pdf], facts.Case.Id, userName, now);
        if (file is null)
        {
            throw new InvalidOperationException("The notice's PDF could not be stored: " + refusal);
        }

        var notice = new Notice
        {
            Id = stamp.DocumentId,
            CaseId = facts.Case.Id,
            OrderId = order.Id,
            Recipient = recipient,
            RecipientInstitutionId = institutionId,
            Court = order.Court,
            Year = today.Year,
            Sequence = sequence,
            Number = number,
            IssuedAt = now,
            IssuedBy = userName,
            FileId = file.Id,
            Sha256 = file.Sha256,
            Status = NoticeStatus.Issued,
            RecordsHash = stamp.RecordsHash,
            AnchorIndex = stamp.AnchorIndex,
            AnchorHash = stamp.AnchorHash,
        };
        db.StoredFiles.Add(file);
        db.Notices.Add(notice);
        CaseTimeline.Record(db, facts.Case.Id, CaseEventKinds.NoticeIssued, userName, now, null, new
        {
            noticeId = notice.Id, notice.Number, recipient = NoticeRecipients.Letter(recipient).ToString(), orderId = order.Id,
            institutionId, fileId = file.Id, file.Sha256,
        });
        return notice;
    }
}
