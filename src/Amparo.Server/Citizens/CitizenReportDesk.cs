using Amparo.Data.Audit;
using Amparo.Data.Citizens;
using Amparo.Data.Database;
using Amparo.Data.Documents;
using Amparo.Domain.Citizens;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Citizens;

/// <summary>The centre's side of reports: route to the responsible area, move its status with a note, read its photo (audited).</summary>
public sealed class CitizenReportDesk(IDbContextFactory<AmparoDbContext> contexts, CitizenReportReader reader, CitizenFeed feed, AuditLog audit, TimeProvider time)
{
    public const string PhotoRead = "citizen_report.photo_read";

    public Task<CommandResult<CitizenReportView>> RouteAsync(Guid id, string? area, string? note, UserScope scope, CancellationToken cancellationToken)
    {
        if (MunicipalAreas.Find(area) is null)
        {
            return Task.FromResult(CommandResult.Refused<CitizenReportView>(CommandOutcome.Invalid, "El área municipal no existe."));
        }

        return ChangeAsync(id, scope, note, report =>
        {
            if (ReportTransitions.IsClosed(report.Status))
            {
                return "El reporte ya está cerrado.";
            }

            report.Area = area;
            report.Status = ReportStatus.Routed;
            return null;
        }, cancellationToken);
    }

    public Task<CommandResult<CitizenReportView>> ChangeStatusAsync(Guid id, ReportStatus status, string? note, UserScope scope, CancellationToken cancellationToken)
    {
        if (status is ReportStatus.Rejected or ReportStatus.Resolved && string.IsNullOrWhiteSpace(note))
        {
            return Task.FromResult(CommandResult.Refused<CitizenReportView>(CommandOutcome.Invalid, "Explique al ciudadano por qué se cierra el reporte."));
        }

        return ChangeAsync(id, scope, note, report =>
        {
            if (status == ReportStatus.Routed)
            {
                return "Para turnar el reporte indique el área.";
            }

            if (!ReportTransitions.Allowed(report.Status, status))
            {
                return report.Status == ReportStatus.Received && status == ReportStatus.InProgress
                    ? "Turne el reporte a un área antes de ponerlo en atención."
                    : $"El reporte no puede pasar de {report.Status} a {status}.";
            }

            report.Status = status;
            return null;
        }, cancellationToken);
    }

    /// <summary>The report's photo, when the user sees the report; every read goes to the audit log.</summary>
    public async Task<StoredFile?> PhotoAsync(Guid id, UserScope scope, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await db.CitizenReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report?.PhotoId is not { } photoId || !scope.CanSee(report.JurisdictionId))
        {
            return null;
        }

        await audit.RecordAsync(new AuditEntry(scope.UserName, PhotoRead, "citizen_report", id.ToString(), null, remoteAddress), cancellationToken);
        return await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == photoId, cancellationToken);
    }

    private async Task<CommandResult<CitizenReportView>> ChangeAsync(
        Guid id, UserScope scope, string? note, Func<CitizenReport, string?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (note is { Length: > 2000 })
        {
            return CommandResult.Refused<CitizenReportView>(CommandOutcome.Invalid, "La nota supera los 2.000 caracteres.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await db.CitizenReports.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null || !scope.CanSee(report.JurisdictionId))
        {
            return CommandResult.Refused<CitizenReportView>(CommandOutcome.NotFound, "El reporte no existe o no es de su jurisdicción.");
        }

        if (change(report) is { } refusal)
        {
            return CommandResult.Refused<CitizenReportView>(CommandOutcome.Conflict, refusal);
        }

        db.CitizenReportChanges.Add(new CitizenReportChange
        {
            Id = Guid.CreateVersion7(), ReportId = id, Status = report.Status, Area = report.Area, By = scope.UserName,
            At = time.GetUtcNow().UtcDateTime, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        });
        await db.SaveChangesAsync(cancellationToken);
        var view = (await reader.FindAsync(id, cancellationToken))!;
        await feed.ReportAsync(view, cancellationToken);
        return CommandResult.Ok(view);
    }
}
