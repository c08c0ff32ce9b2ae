using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Amparo.Data.Alarms;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Dispatch;
using Amparo.Data.Identity;
using Amparo.Domain.Alarms;
using Amparo.Domain.Cases;
using Amparo.Domain.Dispatch;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Notices;

[Collection(ServerCollection.Name)]
public class OccurrenceReportTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    private static readonly TimeZoneInfo Lima = TimeZoneInfo.FindSystemTimeZoneById("America/Lima");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_report_lists_the_periods_alarms_with_their_actions_police_requests_and_timeline_and_nothing_outside_it(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await NoticeCase.CreateAsync(server);
        var start = Second(DateTime.UtcNow.AddHours(-6));
        var end = start.AddHours(3);
        var zoneEntry = start.AddMinutes(20);
        var panic = start.AddMinutes(95);
        await using (var db = server.Db())
        {
            var first = AddAlarm(db, test, AlarmType.ZoneEntry, AlarmPriority.Critical, zoneEntry, $"Ingreso a zona marca {test.Suffix}-1");
            first.State = AlarmState.Resolved;
            first.Outcome = AlarmOutcome.RealBreach;
            first.ClaimedBy = "operadora-ana";
            first.ClaimedAt = zoneEntry.AddSeconds(8);
            first.ResolvedBy = "operadora-ana";
            first.ResolvedAt = zoneEntry.AddMinutes(30);
            db.AlarmActions.AddRange(
                Action(first, AlarmActionKind.Claimed, zoneEntry.AddSeconds(8), null, null, null, null),
                Action(first, AlarmActionKind.CallAttempt, zoneEntry.AddMinutes(1), null, "Answered", "victim +51 959 000 101", "Está a salvo en casa"),
                Action(first, AlarmActionKind.StepRecorded, zoneEntry.AddMinutes(2), "call_police", "Done", null, $"Policía avisada {test.Suffix}"),
                Action(first, AlarmActionKind.Resolved, zoneEntry.AddMinutes(30), null, null, null, "Agresor retirado por la policía"));
            var request = new DispatchRequest
            {
                Id = Guid.CreateVersion7(), AlarmId = first.Id, CaseId = test.Id, Identifier = $"amparo-{test.Suffix}", Status = DispatchStatus.Dispatched,
                Latitude = -16.123456, Longitude = -71.654321, RadiusMetres = 200, PositionAt = zoneEntry, Urgency = "Immediate", Severity = "Extreme",
                Certainty = "Observed", Headline = "Ingreso a zona — expediente " + test.Case.FileNumber, Description = "Posición -16.123456, -71.654321",
                CreatedAt = zoneEntry.AddMinutes(3), CreatedBy = "operadora-ana", UpdatedAt = zoneEntry.AddMinutes(9),
                Changes =
                [
                    new DispatchStatusChange { Status = DispatchStatus.Sent, At = zoneEntry.AddMinutes(3), Source = "operator", By = "operadora-ana" },
                    new DispatchStatusChange { Status = DispatchStatus.Dispatched, At = zoneEntry.AddMinutes(9), Source = "911", By = "central 105", Note = "Patrullero 12" },
                ],
            };
            db.DispatchRequests.Add(request);
            AddAlarm(db, test, AlarmType.Panic, AlarmPriority.Critical, panic, $"Pánico marca {test.Suffix}-2");
            AddAlarm(db, test, AlarmType.CurfewBreach, AlarmPriority.High, end.AddMinutes(10), $"Fuera del período {test.Suffix}-3");
            CaseTimeline.Record(db, test.Id, CaseEventKinds.DeviceInstalled, "tecnico-luis", start.AddMinutes(5), $"Tobillera colocada {test.Suffix}");
            CaseTimeline.Record(db, test.Id, CaseEventKinds.DeviceSwapped, "tecnico-luis", start.AddMinutes(-5), $"Cambio antes del período {test.Suffix}");
            await db.SaveChangesAsync();
        }

        using var client = await server.ClientAsync(await test.UserAsync(server, "operador-" + test.Suffix, AmparoRoles.Operador, null));
        var report = await ApiJson.ReadAsync(await client.PostAsJsonAsync($"api/cases/{test.Id}/reports/occurrences", new { from = start, to = end }));

        Assert.Equal(2, report.GetProperty("alarms").GetInt32());
        Assert.Equal(4, report.GetProperty("actions").GetInt32());
        Assert.Equal(1, report.GetProperty("policeRequests").GetInt32());
        Assert.Equal(1, report.GetProperty("timelineEntries").GetInt32());
        using var response = await client.GetAsync($"api/reports/{report.GetProperty("id").GetGuid()}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), report.GetProperty("sha256").GetString());
        var text = PdfText.Of(bytes);
        Assert.Contains("INFORME DE OCURRENCIAS", text);
        Assert.Contains(test.Case.FileNumber, text);
        Assert.Contains($"Ingreso a zona marca {test.Suffix}-1", text);
        Assert.Contains($"Pánico marca {test.Suffix}-2", text);
        Assert.DoesNotContain($"Fuera del período {test.Suffix}-3", text);
        Assert.Contains(Local(zoneEntry) + " — Ingreso a zona — prioridad crítica", text);
        Assert.Contains(Local(panic) + " — Botón de pánico (SOS) — prioridad crítica", text);
        Assert.Contains("Cerrada: Incumplimiento real", text);
        Assert.Contains("tomada por operadora-ana", text);
        Assert.Contains("Llamada · operadora-ana · victim +51 959 000 101 · Atendió — Está a salvo en casa", text);
        Assert.Contains($"Policía avisada {test.Suffix}", text);
        Assert.Contains($"amparo-{test.Suffix} — {Local(zoneEntry.AddMinutes(3))} — estado: Unidad despachada", text);
        Assert.Contains("Patrullero 12", text);
        Assert.Contains($"Tobillera colocada {test.Suffix}", text);
        Assert.DoesNotContain($"Cambio antes del período {test.Suffix}", text);
        Assert.Contains("Alarmas: 2 (crítica: 2)", text);
        Assert.Contains("Llamadas: 1 (atendidas: 1)", text);
        Assert.Contains(test.VictimName, text);
        Assert.DoesNotContain(test.VictimAddress, text);
        Assert.DoesNotContain("16.123456", text);
        Assert.DoesNotContain("16,123456", text);
        await using var check = server.Db();
        var entry = await check.CaseEvents.SingleAsync(e => e.CaseId == test.Id && e.Kind == CaseEventKinds.ReportIssued);
        Assert.Equal("operador-" + test.Suffix, entry.Actor);
        var stored = await check.StoredFiles.SingleAsync(f => f.Id == report.GetProperty("fileId").GetGuid());
        Assert.Equal(test.Id, stored.CaseId);
        Assert.Equal(report.GetProperty("sha256").GetString(), stored.Sha256);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_report_needs_a_period_and_a_role_that_reports(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await NoticeCase.CreateAsync(server);
        using var operador = await server.ClientAsync(await test.UserAsync(server, "operador-" + test.Suffix, AmparoRoles.Operador, null));
        using var backwards = await operador.PostAsJsonAsync($"api/cases/{test.Id}/reports/occurrences", new { from = DateTime.UtcNow, to = DateTime.UtcNow.AddDays(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("El período debe empezar antes de terminar", await backwards.Content.ReadAsStringAsync());
        using var police = await server.ClientAsync(await test.UserAsync(server, "policia-" + test.Suffix, AmparoRoles.Policia, null));
        using var refused = await police.PostAsJsonAsync($"api/cases/{test.Id}/reports/occurrences", new { from = DateTime.UtcNow.AddDays(-1), to = DateTime.UtcNow });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("es solo para Administrador, Supervisor, Operador, Juzgado", await refused.Content.ReadAsStringAsync());
    }

    private static Alarm AddAlarm(AmparoDbContext db, NoticeCase test, AlarmType type, AlarmPriority priority, DateTime at, string explanation)
    {
        var alarm = new Alarm
        {
            Id = Guid.CreateVersion7(), CaseId = test.Id, Type = type, Priority = priority, State = AlarmState.New, RaisedAt = at,
            LastTriggeredAt = at, TriggerCount = 1, Evidence = "{}", FirstEvidence = "{}", Explanation = explanation,
        };
        db.Alarms.Add(alarm);
        return alarm;
    }

    private static AlarmAction Action(Alarm alarm, AlarmActionKind kind, DateTime at, string? step, string? result, string? target, string? note) =>
        new() { AlarmId = alarm.Id, Kind = kind, At = at, UserName = "operadora-ana", Step = step, Result = result, Target = target, Note = note };

    private static DateTime Second(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    private static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, Lima).ToString("dd/MM/yyyy HH:mm", CultureInfo.GetCultureInfo("es-PE"));
}
