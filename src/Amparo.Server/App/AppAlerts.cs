using System.Globalization;
using Amparo.Data.App;
using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Domain.Cases;
using Amparo.Domain.Devices;
using Amparo.Ingest.Intake;
using Amparo.Server.FieldDevices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.App;

/// <summary>
/// Her panic: stored once per idempotency key, then handed to the ingest sink as an SOS of her app's device — the
/// path of every tracker's SOS — which answers only once the engine stored the case's panic alarm; the alert is then
/// linked to that alarm so her app can follow it. A retry of an alert whose alarm is not linked yet delivers it
/// again (the position and event are absorbed, the open alarm is updated, never doubled).
/// </summary>
public sealed class AppAlerts(
    IDbContextFactory<AmparoDbContext> contexts, IDeviceMessageSink sink, CaseMonitorReload reload, IOptions<AppOptions> options, TimeProvider time)
{
    private static readonly TimeSpan OldestBelievable = TimeSpan.FromHours(24);

    public async Task<AppAlertOutcome> RaiseAsync(AppCaller caller, AppAlertRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Problem() is { } problem)
        {
            return new AppAlertOutcome(StatusCodes.Status400BadRequest, Problem: problem);
        }

        var key = Guid.Parse(request.IdempotencyKey!, CultureInfo.InvariantCulture);
        await using var db = contexts.CreateDbContext();
        var alert = await db.AppAlerts.FirstOrDefaultAsync(a => a.InstallationId == caller.InstallationId && a.IdempotencyKey == key, cancellationToken);
        var created = false;
        if (alert is null)
        {
            if (!await db.Cases.AnyAsync(c => c.Id == caller.CaseId && c.Status == CaseStatus.Active, cancellationToken))
            {
                return new AppAlertOutcome(StatusCodes.Status409Conflict, Problem:
                    $"Su caso no está en monitoreo y la alerta no llegaría al centro: llame al {string.Join(" o al ", options.Value.Emergency)}.");
            }

            (alert, created) = await AddAsync(db, caller, request, key, cancellationToken);
        }

        if (alert.AlarmId is null)
        {
            alert.AlarmId = await DeliverAsync(db, caller, alert, cancellationToken);
            if (alert.AlarmId is null)
            {
                return new AppAlertOutcome(StatusCodes.Status503ServiceUnavailable, Problem:
                    $"No se pudo avisar al centro ahora; la aplicación lo volverá a intentar. Si corre peligro, llame al {options.Value.Emergency[0]}.");
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var alarm = alert.AlarmId is { } alarmId ? await db.Alarms.AsNoTracking().FirstOrDefaultAsync(a => a.Id == alarmId, cancellationToken) : null;
        return new AppAlertOutcome(created ? StatusCodes.Status201Created : StatusCodes.Status200OK, AppAlertView.From(alert, alarm));
    }

    public async Task<AppAlertView?> StatusAsync(AppCaller caller, Guid alertId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await using var db = contexts.CreateDbContext();
        var alert = await db.AppAlerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == alertId && a.InstallationId == caller.InstallationId, cancellationToken);
        if (alert is null)
        {
            return null;
        }

        var alarm = alert.AlarmId is { } alarmId ? await db.Alarms.AsNoTracking().FirstOrDefaultAsync(a => a.Id == alarmId, cancellationToken) : null;
        return AppAlertView.From(alert, alarm);
    }

    /// <summary>Stores the alert; when the same key raced in from another request, that one is the alert.</summary>
    private async Task<(AppAlert Alert, bool Stored)> AddAsync(AmparoDbContext db, AppCaller caller, AppAlertRequest request, Guid key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var alert = new AppAlert
        {
            Id = Guid.CreateVersion7(), InstallationId = caller.InstallationId, IdempotencyKey = key, CaseId = caller.CaseId,
            RaisedAt = now, At = Believable(request.At, now), Latitude = request.Latitude, Longitude = request.Longitude,
            AccuracyMetres = request.AccuracyMetres is >= 0 and var accuracy ? accuracy : null,
            BatteryPercent = request.BatteryPercent is >= 0 and <= 100 and var battery ? (int)Math.Round(battery) : null,
            Trigger = request.Trigger is null ? AppAlertTrigger.Hold : Enum.Parse<AppAlertTrigger>(request.Trigger, ignoreCase: true),
        };
        db.AppAlerts.Add(alert);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (alert, true);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return (await db.AppAlerts.FirstAsync(a => a.InstallationId == caller.InstallationId && a.IdempotencyKey == key, cancellationToken), false);
        }
    }

    /// <summary>Her phone's time when it is believable (not ahead, not older than a day); else the server's.</summary>
    private DateTime Believable(DateTime? at, DateTime now)
    {
        if (at is not { } value)
        {
            return now;
        }

        var utc = AppTime.Utc(value);
        return utc > now.AddMinutes(options.Value.MaxFutureSkewMinutes) || utc < now - OldestBelievable ? now : utc;
    }

    /// <summary>
    /// Hands the SOS to the sink and finds the alarm it stored. A case monitor that does not know her device yet (its
    /// reload after the enrolment failed) ignores it: then the monitor reloads and the SOS goes once more.
    /// </summary>
    /// <returns>The alarm; null when the centre could not be told (the app retries, or calls).</returns>
    private async Task<Guid?> DeliverAsync(AmparoDbContext db, AppCaller caller, AppAlert alert, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            if (await sink.AcceptAsync(AppReports.Sos(caller, alert), DeviceProtocol.App, cancellationToken) != IntakeOutcome.Accepted)
            {
                return null;
            }

            if (await PanicAlarmAsync(db, caller, cancellationToken) is { } alarmId)
            {
                return alarmId;
            }

            await reload.ReloadAsync(caller.CaseId);
        }

        return null;
    }

    /// <summary>The case's panic alarm of her device the sink just stored: the open one, else the latest.</summary>
    private static async Task<Guid?> PanicAlarmAsync(AmparoDbContext db, AppCaller caller, CancellationToken cancellationToken)
    {
        var subject = AlarmSubject.Of(caller.DeviceId);
        return await db.Alarms.AsNoTracking()
            .Where(a => a.CaseId == caller.CaseId && a.Type == AlarmType.Panic && a.Subject == subject)
            .OrderBy(a => a.State == AlarmState.Resolved).ThenByDescending(a => a.LastTriggeredAt)
            .Select(a => (Guid?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
