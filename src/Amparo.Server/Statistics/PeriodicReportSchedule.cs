using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Documents;
using Amparo.Data.Integrity;
using Amparo.Data.Statistics;
using Amparo.Domain.Documents;
using Amparo.Domain.Integrity;
using Amparo.Domain.Statistics;
using Amparo.Server.Auth;
using Amparo.Server.Console.Components;
using Amparo.Server.Integrity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Statistics;

/// <summary>
/// Makes the periodic reports due: for each jurisdiction with cases, the month, quarter and year that ended last (on the
/// centre's calendar), each once per language (<c>Amparo:Statistics:Languages</c>), as a PDF kept with its SHA-256 and
/// stamped with the hash of the facts it was computed from and the ledger's head. A period that ended before the
/// jurisdiction's first case is not reported on.
/// </summary>
public sealed class PeriodicReportSchedule(
    IDbContextFactory<AmparoDbContext> contexts, ClusterPassLock cluster, ProgrammeStatisticsService statistics, ConsoleClock clock, TimeProvider time, IOptions<StatisticsOptions> options)
{
    public const string Issuer = "Amparo (informe programado)";

    /// <returns>How many reports this pass made.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var turn = await cluster.EnterAsync(nameof(PeriodicReportSchedule), cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var due = ReportPeriods.LastEnded(clock.Today(now));
        await using var db = contexts.CreateDbContext();
        var jurisdictions = await db.Cases.GroupBy(c => c.JurisdictionId)
            .Select(g => new { Id = g.Key, Since = g.Min(c => c.CreatedAt), Name = db.Jurisdictions.Where(j => j.Id == g.Key).Select(j => j.Name).First() })
            .ToListAsync(cancellationToken);
        var made = await db.PeriodicReports.Where(r => due.Contains(r.Period)).Select(r => new { r.JurisdictionId, r.Period, r.Language }).ToListAsync(cancellationToken);
        var languages = options.Value.LanguageList;
        var count = 0;
        foreach (var jurisdiction in jurisdictions)
        {
            foreach (var code in due)
            {
                var period = ReportPeriods.Parse(code, clock.Zone)!;
                if (period.End <= jurisdiction.Since)
                {
                    continue;
                }

                var missing = languages.Where(l => !made.Any(m => m.JurisdictionId == jurisdiction.Id && m.Period == code && m.Language == l)).ToList();
                if (missing.Count == 0)
                {
                    continue;
                }

                // The figures and their facts once for every language the report is written in.
                var scope = new UserScope(Issuer, new HashSet<Guid> { jurisdiction.Id }, false, false);
                var (facts, report) = await statistics.ComputeWithFactsAsync(scope, period, cancellationToken);
                var evidence = ProgrammeEvidence.Of(facts, jurisdiction.Id, code);
                foreach (var language in missing)
                {
                    count += await MakeAsync(jurisdiction.Id, jurisdiction.Name, code, period, report, evidence, language, now, cancellationToken) ? 1 : 0;
                }
            }
        }

        return count;
    }

    private async Task<bool> MakeAsync(Guid jurisdictionId, string name, string code, Domain.Registries.RegistryPeriod period,
        ProgrammeReport report, IReadOnlyList<EvidenceItem> evidence, string language, DateTime now, CancellationToken cancellationToken)
    {
        var english = language == PeriodicReport.English;
        await using var db = contexts.CreateDbContext();
        var anchor = await LedgerHead.ReadAsync(db, cancellationToken);
        var stamp = new DocumentStamp(Guid.CreateVersion7(), EvidenceManifest.Hash(evidence), anchor.Index, anchor.Hash);
        var pdf = ProgrammeReportPdf.Render(report, ReportPeriods.Name(code, english), name, Issuer, now, new StatisticsText(english), stamp);
        var fileName = english ? $"programme-report-{code}.pdf" : $"informe-programa-{code}.pdf";
        var (file, refusal) = FileUpload.Check(pdf, fileName, [FileKind.Pdf], null, Issuer, now);
        if (file is null)
        {
            throw new InvalidOperationException("The periodic report could not be kept: " + refusal);
        }

        db.StoredFiles.Add(file);
        db.PeriodicReports.Add(new PeriodicReport
        {
            Id = stamp.DocumentId, JurisdictionId = jurisdictionId, Period = code, Language = language, From = period.Start, To = period.End,
            GeneratedAt = now, FileId = file.Id, Sha256 = file.Sha256, RecordsHash = stamp.RecordsHash, Manifest = JsonSerializer.Serialize(evidence),
            AnchorIndex = stamp.AnchorIndex, AnchorHash = stamp.AnchorHash,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another server made it meanwhile.
            return false;
        }
    }
}
