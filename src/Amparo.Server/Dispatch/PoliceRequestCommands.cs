using System.Globalization;
using Amparo.Data.Alarms;
using Amparo.Data.Audit;
using Amparo.Data.Dispatch;
using Amparo.Domain.Alarms;
using Amparo.Domain.Dispatch;
using Amparo.Domain.People;
using Amparo.Monitoring.Feed;
using Amparo.Server.Auth;
using Amparo.Server.Console.Text;

namespace Amparo.Server.Dispatch;

/// <summary>
/// Creates a police request from an open alarm, at the alarm's evidence position, graded by its type; audited, recorded
/// on the alarm and pushed to every console. Only the operator who claimed the alarm (or a supervisor stepping in,
/// <see cref="Domain.Alarms.AlarmHolder"/>) may ask: two operators never ask twice for the same alarm without knowing.
/// </summary>
public sealed class PoliceRequestCommands(
    AlarmQueries alarms, DispatchStore store, DispatchQueries requests, AlarmPositionReader positions, AuditLog audit, IMonitoringFeed feed, TimeProvider time)
{
    public const double DefaultRadiusMetres = 250;

    public async Task<DispatchResult> CreateAsync(Guid alarmId, CreatePoliceRequest body, UserScope scope, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(scope);
        var alarm = await alarms.FindAsync(alarmId, cancellationToken);
        if (alarm is null || !scope.CanSee(alarm.JurisdictionId))
        {
            return new DispatchResult(DispatchOutcome.NotFound, null);
        }

        if (!AlarmTransitions.IsOpen(alarm.State))
        {
            return new DispatchResult(DispatchOutcome.AlarmClosed, null, "The alarm is resolved; a police request needs an open alarm.");
        }

        if (!AlarmResponseLog.IsBeingWorked(alarm.State) || alarm.ClaimedBy is null)
        {
            return new DispatchResult(DispatchOutcome.NotClaimed, null,
                "Tome la alarma antes de pedir la policía: solo quien la atiende puede pedirla.");
        }

        if (!scope.MayWork(alarm))
        {
            return new DispatchResult(DispatchOutcome.ClaimedByOther, null,
                $"La alarma la atiende {alarm.ClaimedBy}: solo quien la tomó, o supervisión, puede pedir la policía.");
        }

        var position = await positions.ReadAsync(alarm, scope, "Posición enviada a la central 911", remoteAddress, cancellationToken);
        if (position is null)
        {
            return new DispatchResult(DispatchOutcome.NoPosition, null, "The alarm has no position of either party to send the police to.");
        }

        var request = NewRequest(alarm, position, body, scope.UserName);
        await store.AddAsync(request, body.Note, cancellationToken);
        await audit.RecordAsync(new AuditEntry(scope.UserName, DispatchAuditActions.Created, "police_request", request.Id.ToString(), alarm.CaseId, remoteAddress,
            $"{request.Identifier} ({(request.Exercise ? "Exercise" : "Actual")}) alarma {alarm.Id}"), cancellationToken);
        await PushAsync(alarm.Id, cancellationToken);
        var created = await requests.FindAsync(request.Id, cancellationToken);
        return new DispatchResult(DispatchOutcome.Done, PoliceRequestView.From(created!));
    }

    private async Task PushAsync(Guid alarmId, CancellationToken cancellationToken)
    {
        if (await alarms.FindAsync(alarmId, cancellationToken) is { } updated)
        {
            await feed.AlarmChangedAsync(updated, cancellationToken);
        }
    }

    private DispatchRequest NewRequest(AlarmView alarm, DispatchPosition position, CreatePoliceRequest body, string userName)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var id = Guid.CreateVersion7();
        var type = AlarmTypeInfo.FromCode(alarm.Type)!.Type;
        var grade = DispatchGrading.For(type);
        var party = position.Party == PartyRole.Victim ? "la víctima" : "el agresor";
        var accuracy = position.Fix.AccuracyMetres is { } metres ? string.Create(CultureInfo.InvariantCulture, $", precisión {metres:0} m") : "";
        var description = $"{alarm.Explanation} Posición de {party} (GPS{accuracy}).";
        if (!string.IsNullOrWhiteSpace(body.Note))
        {
            description += " Nota del operador: " + body.Note.Trim();
        }

        return new DispatchRequest
        {
            Id = id,
            AlarmId = alarm.Id,
            CaseId = alarm.CaseId,
            Identifier = string.Create(CultureInfo.InvariantCulture, $"amparo-{now:yyyyMMdd-HHmmss}-{id.ToString("N", CultureInfo.InvariantCulture)[^8..]}"),
            Status = DispatchStatus.Created,
            Exercise = body.Exercise,
            Latitude = position.Fix.Latitude,
            Longitude = position.Fix.Longitude,
            RadiusMetres = body.RadiusMetres ?? DefaultRadiusMetres,
            PositionAt = position.Fix.FixTime,
            Urgency = grade.Urgency,
            Severity = grade.Severity,
            Certainty = grade.Certainty,
            Headline = Truncate($"{(body.Exercise ? "SIMULACRO — " : "")}{UiText.Es("type." + alarm.Type)} — expediente {alarm.FileNumber}", 300),
            Description = Truncate(description, 4000),
            CreatedAt = now,
            CreatedBy = userName,
            UpdatedAt = now,
        };
    }

    private static string Truncate(string text, int length) => text.Length > length ? text[..length] : text;
}
