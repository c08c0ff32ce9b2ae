using Amparo.Data.Database;
using Amparo.Data.Documents;
using Amparo.Data.Statistics;
using Amparo.Domain.Documents;
using Amparo.Domain.Statistics;
using Amparo.Server.Auth;
using Amparo.Server.Console.Components;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Statistics;

/// <summary>
/// Makes the periodic reports due: for each jurisdiction with cases, the month, quarter and year that ended last (on the
/// centre's calendar), each once, as a Spanish PDF kept with its SHA-256. A period that ended before the jurisdiction's
/// first case is not reported on.
/// </summary>
public sealed class PeriodicReportSchedule(
    IDbContextFactory<AmparoDbContext> contexts, ProgrammeStatisticsService statistics, ConsoleClock clock, TimeProvider time)
{
    public const string Issuer = "Amparo (informe programado)";

    /// <returns>How many reports this pass made.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = ReportPeriods.LastEnded(clock.Today(now));
        await using var db = contexts.CreateDbContext();
        var jurisdictions = await db.Cases.GroupBy(c => c.JurisdictionId)
            .Select(g => new { Id = g.Key, Since = g.Min(c => c.CreatedAt), Name = db.Jurisdictions.Where(j => j.Id == g.Key).Select(j => j.Name).First() })
            .ToListAsync(cancellationToken);
        var made = await db.PeriodicReports.Where(r => due.Contains(r.Period)).Select(r => new { r.JurisdictionId, r.Period }).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var jurisdiction in jurisdictions)
        {
            foreach (var code in due.Where(p => !made.Any(m => m.JurisdictionId == jurisdiction.Id && m.Period == p)))
            {
                var period = ReportPeriods.Parse(code, clock.Zone)!;
                if (period.End <= jurisdiction.Since)
                {
                    continue;
                }

                count += await MakeAsync(jurisdiction.Id, jurisdiction.Name, code, period, now, cancellationToken) ? 1 : 0;
            }
        }

        return count;
    }

    private async Task<bool> MakeAsync(Guid jurisdictionId, string name, string code, Domain.Registries.RegistryPeriod period, DateTime now, CancellationToken cancellationToken)
    {
        var scope = new UserScope(Issuer, new HashSet<Guid> { jurisdictionId }, false, false);
        var report = await statistics.ComputeAsync(scope, period, cancellationToken);
        var pdf = ProgrammeReportPdf.Render(report, ReportPeriods.Name(code, english: false), name, Issuer, now, new StatisticsText(false));
        var (file, refusal) = FileUpload.Check(pdf, $"informe-programa-{code}.pdf", [FileKind.Pdf], null, Issuer, now);
        if (file is null)
        {
            throw new InvalidOperationException("The periodic report could not be kept: " + refusal);
        }

        await using var db = contexts.CreateDbContext();
        db.StoredFiles.Add(file);
        db.PeriodicReports.Add(new PeriodicReport
        {
            Id = Guid.CreateVersion7(), JurisdictionId = jurisdictionId, Period = code, From = period.Start, To = period.End, GeneratedAt = now,
            FileId = file.Id, Sha256 = file.Sha256,
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
