using System.Globalization;
using System.Text.Json;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Documents;
using Amparo.Data.Identity;
using Amparo.Data.Integrity;
using Amparo.Data.Reports;
using Amparo.Domain.Cases;
using Amparo.Domain.Documents;
using Amparo.Domain.Integrity;
using Amparo.Server.Auth;
using Amparo.Server.Integrity;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Notices.Occurrences;

/// <summary>
/// Issues the report of a case's occurrences over a period to the court (seed 001: the monitoring "communicates to the
/// competent authority the occurrences"), keeps it as a PDF with its SHA-256, and writes it on the timeline.
/// </summary>
public sealed class OccurrenceReports(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    /// <summary>The centre that monitors, and the court that asks for it; all may read the victim's identity.</summary>
    public static IReadOnlyList<string> Reporters { get; } =
        [AmparoRoles.Administrador, AmparoRoles.Supervisor, AmparoRoles.Operador, AmparoRoles.Juzgado];

    private static readonly TimeSpan LongestPeriod = TimeSpan.FromDays(366);

    public async Task<CommandResult<OccurrenceReportView>> IssueAsync(Guid caseId, OccurrenceReportRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var monitored = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (monitored is null || !scope.CanSee(monitored.JurisdictionId))
        {
            return NoticeRefusals.CaseNotFound<OccurrenceReportView>();
        }

        if (!scope.IsAny(Reporters))
        {
            return CommandResult.Refused<OccurrenceReportView>(CommandOutcome.Forbidden, "Solo el centro de monitoreo o el juzgado emiten informes de ocurrencias.");
        }

        if (request.From is not { } fromValue || request.To is not { } toValue)
        {
            return CommandResult.Refused<OccurrenceReportView>(CommandOutcome.Invalid, "Indique el período del informe: from y to.");
        }

        var (from, to) = (Utc.Of(fromValue), Utc.Of(toValue));
        var now = time.GetUtcNow().UtcDateTime;
        if (to <= from || to - from > LongestPeriod || from > now)
        {
            return CommandResult.Refused<OccurrenceReportView>(CommandOutcome.Invalid, "El período debe empezar antes de terminar, no empezar en el futuro y durar como máximo 366 días.");
        }

        var facts = await OccurrenceFactsReader.ReadAsync(db, monitored, from, to, now, cancellationToken);
        var reportId = Guid.CreateVersion7();
        var evidence = OccurrenceEvidence.Of(facts, now);
        var anchor = await LedgerHead.ReadAsync(db, cancellationToken);
        var stamp = new DocumentStamp(reportId, EvidenceManifest.Hash(evidence), anchor.Index, anchor.Hash);
        var pdf = OccurrenceReportPdf.Render(facts, scope.UserName, now, stamp);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"informe-ocurrencias-{monitored.FileNumber}-{from:yyyyMMdd}-{to:yyyyMMdd}.pdf");
        var (file, refusal) = FileUpload.Check(pdf, fileName, [FileKind.Pdf], caseId, scope.UserName, now);
        if (file is null)
        {
            return CommandResult.Refused<OccurrenceReportView>(CommandOutcome.Invalid, refusal + " Acorte el período del informe.");
        }

        var report = new OccurrenceReport
        {
            Id = reportId, CaseId = caseId, From = from, To = to, IssuedAt = now, IssuedBy = scope.UserName,
            FileId = file.Id, Sha256 = file.Sha256, AlarmCount = facts.Alarms.Count, ActionCount = facts.ActionCount,
            PoliceRequestCount = facts.PoliceRequests.Count, TimelineCount = facts.Timeline.Count,
            RecordsHash = stamp.RecordsHash, Manifest = JsonSerializer.Serialize(evidence), AnchorIndex = anchor.Index, AnchorHash = anchor.Hash,
        };
        db.StoredFiles.Add(file);
        db.OccurrenceReports.Add(report);
        CaseTimeline.Record(db, caseId, CaseEventKinds.ReportIssued, scope.UserName, now, null, new
        {
            reportId = report.Id, kind = "occurrences", from, to, fileId = file.Id, file.Sha256, alarms = report.AlarmCount,
        });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(OccurrenceReportView.Of(report));
    }

    public async Task<CommandResult<IReadOnlyList<OccurrenceReportView>>> ListAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var jurisdiction = await db.Cases.Where(c => c.Id == caseId).Select(c => (Guid?)c.JurisdictionId).FirstOrDefaultAsync(cancellationToken);
        if (jurisdiction is not { } id || !scope.CanSee(id))
        {
            return NoticeRefusals.CaseNotFound<IReadOnlyList<OccurrenceReportView>>();
        }

        var reports = await db.OccurrenceReports.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.IssuedAt).ToListAsync(cancellationToken);
        return CommandResult.Ok<IReadOnlyList<OccurrenceReportView>>(reports.Select(OccurrenceReportView.Of).ToList());
    }

    /// <summary>The report's PDF as issued: it names the victim, so only the roles that issue reports read it.</summary>
    public async Task<CommandResult<NoticePdfFile>> PdfAsync(Guid reportId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var found = await (
            from r in db.OccurrenceReports.AsNoTracking()
            join c in db.Cases.AsNoTracking() on r.CaseId equals c.Id
            where r.Id == reportId
            select new { Report = r, c.JurisdictionId, c.FileNumber }).FirstOrDefaultAsync(cancellationToken);
        if (found is null || !scope.CanSee(found.JurisdictionId))
        {
            return CommandResult.Refused<NoticePdfFile>(CommandOutcome.NotFound, "Informe no encontrado o fuera de su jurisdicción.");
        }

        if (!scope.IsAny(Reporters))
        {
            return CommandResult.Refused<NoticePdfFile>(CommandOutcome.Forbidden, "El informe contiene datos de la víctima que su rol no puede ver.");
        }

        var file = await db.StoredFiles.AsNoTracking().Where(f => f.Id == found.Report.FileId).Select(f => new { f.Content, f.FileName }).FirstAsync(cancellationToken);
        return CommandResult.Ok(new NoticePdfFile(file.Content, file.FileName, found.Report.CaseId, true));
    }
}
