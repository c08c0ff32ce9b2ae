using Amparo.Data.Citizens;
using Amparo.Data.Database;
using Amparo.Data.Documents;
using Amparo.Domain.Citizens;
using Amparo.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Citizens;

/// <summary>
/// Files emergency and public-service reports: from the app (once per citizen and idempotency key) or phoned in
/// and registered by an operator. A photo is checked by its content and size. The citizen reads its follow-up.
/// </summary>
public sealed class CitizenReports(IDbContextFactory<AmparoDbContext> contexts, CitizenReportReader reader, CitizenFeed feed, TimeProvider time)
{
    public const long MaxPhotoBytes = 5 * 1024 * 1024;

    private static readonly FileKind[] PhotoKinds = [FileKind.Jpeg, FileKind.Png, FileKind.WebP];

    public async Task<CommandResult<CitizenReportView>> FileAsync(Guid citizenId, ReportFiling filing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filing);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.CitizenAccounts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == citizenId, cancellationToken) is not { } citizen)
        {
            return CommandResult.Refused<CitizenReportView>(CommandOutcome.NotFound, "La cuenta no existe.");
        }

        if (await db.CitizenReports.AsNoTracking().Where(r => r.CitizenId == citizenId && r.IdempotencyKey == filing.IdempotencyKey)
                .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken) is { } earlier)
        {
            return CommandResult.Ok((await reader.FindAsync(earlier, cancellationToken))!);
        }

        try
        {
            return await StoreAsync(db, filing, citizen.JurisdictionId, r => r.CitizenId = citizenId, $"ciudadano:{citizen.Id}", cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same report arrived twice at once: the other request stored it.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            var stored = await again.CitizenReports.AsNoTracking().Where(r => r.CitizenId == citizenId && r.IdempotencyKey == filing.IdempotencyKey)
                .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
            if (stored is null)
            {
                throw;
            }

            return CommandResult.Ok((await reader.FindAsync(stored.Value, cancellationToken))!);
        }
    }

    /// <summary>A report a citizen phoned in, registered by the operator who took the call, in her jurisdiction.</summary>
    public async Task<CommandResult<CitizenReportView>> RegisterCallAsync(
        ReportFiling filing, Guid jurisdictionId, string operatorName, string? callerName, string? callerPhone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filing);
        if (callerName is { Length: > 200 } || callerPhone is { Length: > 20 })
        {
            return CommandResult.Refused<CitizenReportView>(CommandOutcome.Invalid, "El nombre (200) o el teléfono (20 caracteres) de quien llama es demasiado largo.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await StoreAsync(db, filing, jurisdictionId, r =>
        {
            r.RegisteredBy = operatorName;
            r.CallerName = string.IsNullOrWhiteSpace(callerName) ? null : callerName.Trim();
            r.CallerPhone = string.IsNullOrWhiteSpace(callerPhone) ? null : callerPhone.Trim();
        }, operatorName, cancellationToken);
    }

    /// <summary>Her own report with its follow-up; null when it is not hers.</summary>
    public async Task<CitizenReportStatusView?> StatusAsync(Guid citizenId, Guid reportId, CancellationToken cancellationToken)
    {
        var report = await reader.FindAsync(reportId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = report is not null && await db.CitizenReports.AnyAsync(r => r.Id == reportId && r.CitizenId == citizenId, cancellationToken);
        return mine ? CitizenReportStatusView.From(report!) : null;
    }

    /// <summary>Her own reports, newest first (at most 50).</summary>
    public async Task<IReadOnlyList<CitizenReportStatusView>> MineAsync(Guid citizenId, CancellationToken cancellationToken) =>
        (await reader.MineAsync(citizenId, cancellationToken)).Select(CitizenReportStatusView.From).ToList();

    private async Task<CommandResult<CitizenReportView>> StoreAsync(
        AmparoDbContext db, ReportFiling filing, Guid jurisdictionId, Action<CitizenReport> who, string by, CancellationToken cancellationToken)
    {
        var problems = Problems(filing);
        var now = time.GetUtcNow().UtcDateTime;
        StoredFile? photo = null;
        if (filing.Photo is { Length: > 0 } bytes)
        {
            if (bytes.Length > MaxPhotoBytes)
            {
                problems.Add("La foto supera los 5 MB.");
            }
            else
            {
                (photo, var refusal) = FileUpload.Check(bytes, "foto", PhotoKinds, null, by, now);
                if (refusal is not null)
                {
                    problems.Add("La foto debe ser una imagen JPEG, PNG o WebP.");
                }
            }
        }

        if (problems.Count > 0)
        {
            return CommandResult.Invalid<CitizenReportView>(problems);
        }

        var category = ReportCatalogue.Find(filing.Category)!;
        var report = new CitizenReport
        {
            Id = Guid.CreateVersion7(), JurisdictionId = jurisdictionId, IdempotencyKey = filing.IdempotencyKey, Category = category.Code,
            Queue = category.Queue, Description = filing.Description?.Trim() ?? "", Latitude = filing.Latitude, Longitude = filing.Longitude,
            PhotoId = photo?.Id, Status = ReportStatus.Received, FiledAt = now,
        };
        who(report);
        if (photo is not null)
        {
            db.StoredFiles.Add(photo);
        }

        db.CitizenReports.Add(report);
        db.CitizenReportChanges.Add(new CitizenReportChange { Id = Guid.CreateVersion7(), ReportId = report.Id, Status = ReportStatus.Received, By = by, At = now });
        await db.SaveChangesAsync(cancellationToken);
        var view = (await reader.FindAsync(report.Id, cancellationToken))!;
        await feed.ReportAsync(view, cancellationToken);
        return CommandResult.Created(view);
    }

    private static List<string> Problems(ReportFiling filing)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(filing.IdempotencyKey) || filing.IdempotencyKey.Length > 100)
        {
            problems.Add("Falta la clave del reporte (hasta 100 caracteres).");
        }

        if (ReportCatalogue.Find(filing.Category) is null)
        {
            problems.Add("La categoría no está en el catálogo.");
        }

        if (filing.Description is { Length: > 2000 })
        {
            problems.Add("La descripción supera los 2.000 caracteres.");
        }

        if (!CitizenInput.IsPosition(filing.Latitude, filing.Longitude))
        {
            problems.Add("La ubicación no es válida.");
        }

        return problems;
    }
}
