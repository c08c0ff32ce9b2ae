using System.Globalization;
using System.Text.Json;
using Amparo.Data.Alarms;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Data.Positions;
using Amparo.Data.Zones;
using Amparo.Domain.Alarms;
using Amparo.Domain.Geo;
using Amparo.Domain.Integrity;
using Amparo.Server.Integrity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Notices;

/// <summary>
/// The occurrences report's maps: the aggressor walks into her home's zone; the report draws his track around the
/// alarm over the zones near him (not a zone 10 km away), states the closest distance to her without any of her
/// positions, and its records include the track, so a fix moved afterwards is named by the check while a fix that
/// only arrives after the report was issued is not.
/// </summary>
[Collection(ServerCollection.Name)]
public class OccurrenceMapTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    private static readonly TimeZoneInfo Lima = TimeZoneInfo.FindSystemTimeZoneById("America/Lima");
    private static readonly CultureInfo Peru = CultureInfo.GetCultureInfo("es-PE");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_report_maps_his_track_around_each_breach_states_how_close_he_came_and_seals_the_fixes(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await NoticeCase.CreateAsync(server);
        var raised = Minute(DateTime.UtcNow.AddHours(-3));
        Guid alarmId, aggressorDevice;
        await using (var db = server.Db())
        {
            aggressorDevice = await DeviceAsync(db, test.Case.AggressorDevice);
            var victimDevice = await DeviceAsync(db, test.Case.VictimDevice);
            var home = await db.Zones.SingleAsync(z => z.CaseId == test.Id && z.Kind == ZoneKind.Fixed);
            var far = test.Case.East(10_000);
            db.Zones.Add(new Zone
            {
                Id = Guid.CreateVersion7(), CaseId = test.Id, Name = "Trabajo lejano", Kind = ZoneKind.Fixed,
                CentreLatitude = far.Latitude, CentreLongitude = far.Longitude, RadiusMetres = 300, PreAlertBandMetres = 300,
            });

            // He walks south towards her home, 25 m every 30 s: 500 m from it when the alarm is raised, 300 m at the closest.
            for (var k = 0; k <= 80; k++)
            {
                var at = raised.AddMinutes(-20 + (k / 2.0));
                db.Positions.Add(Fix(aggressorDevice, at, test.Case.North(Math.Max(300, 1_500 - (25 * k)))));
            }

            for (var minute = -25; minute <= 25; minute++)
            {
                db.Positions.Add(Fix(victimDevice, raised.AddMinutes(minute), test.Case.Home));
            }

            var atAlarm = test.Case.North(500);
            var evidence = AlarmEvidenceJson.Serialize(new AlarmEvidence("zone", 500, 500, 0,
                new FixEvidence(aggressorDevice, raised, atAlarm.Latitude, atAlarm.Longitude, 5), null, home.Id, home.Name));
            // Both alarms are already escalated: the escalation pass, running between the issue and the check, must not change their records.
            var alarm = new Alarm
            {
                Id = Guid.CreateVersion7(), CaseId = test.Id, Type = AlarmType.ZoneEntry, Priority = AlarmPriority.Critical, State = AlarmState.New,
                RaisedAt = raised, LastTriggeredAt = raised.AddMinutes(2), TriggerCount = 3, Evidence = evidence, FirstEvidence = evidence,
                EscalatedAt = raised.AddMinutes(3), Explanation = "El agresor entró en «Domicilio».",
            };
            db.Alarms.Add(alarm);
            db.Alarms.Add(new Alarm
            {
                Id = Guid.CreateVersion7(), CaseId = test.Id, Type = AlarmType.LowBattery, Priority = AlarmPriority.Low, State = AlarmState.New,
                RaisedAt = raised.AddMinutes(40), LastTriggeredAt = raised.AddMinutes(40), TriggerCount = 1, Evidence = "{}", FirstEvidence = "{}",
                EscalatedAt = raised.AddMinutes(43), Explanation = "Batería baja.",
            });
            alarmId = alarm.Id;
            await db.SaveChangesAsync();
        }

        using var client = await server.ClientAsync(await test.UserAsync(server, "operador-" + test.Suffix, AmparoRoles.Operador, null));
        var report = await ApiJson.ReadAsync(await client.PostAsJsonAsync($"api/cases/{test.Id}/reports/occurrences",
            new { from = raised.AddHours(-1), to = raised.AddHours(1) }));
        var pdf = await client.GetByteArrayAsync($"api/reports/{report.GetProperty("id").GetGuid()}/pdf");
        var text = PdfText.Of(pdf);

        Assert.Contains("Mapas de los recorridos", text, StringComparison.Ordinal);
        Assert.Contains("Mapa 1 — alarma 1: Ingreso a zona", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mapa 2", text, StringComparison.Ordinal);
        Assert.Contains("Recorrido en el mapa 1.", text, StringComparison.Ordinal);
        Assert.Contains($"Ventana de {Time(raised.AddMinutes(-15))} a {Time(raised.AddMinutes(17))}: 65 posiciones válidas del agresor.", text, StringComparison.Ordinal);
        Assert.Contains("Alarma " + Time(raised), text, StringComparison.Ordinal);
        Assert.Contains($"Domicilio (exclusión de 500 m; prealerta a {1_000.ToString("N0", Peru)} m)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Trabajo lejano", text, StringComparison.Ordinal);
        Assert.Contains("la menor, 300 m a las", text, StringComparison.Ordinal);
        foreach (var coordinate in new[] { test.Case.Home.Latitude, test.Case.Home.Longitude })
        {
            Assert.DoesNotContain(coordinate.ToString("0.0000", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        }

        await using (var db = server.Db())
        {
            var stored = await db.OccurrenceReports.SingleAsync(r => r.CaseId == test.Id);
            var manifest = JsonSerializer.Deserialize<List<EvidenceItem>>(stored.Manifest!)!;
            Assert.Contains(manifest, i => i.Kind == "track" && i.Key == alarmId.ToString("D", CultureInfo.InvariantCulture));
            Assert.Single(manifest, i => i.Kind == "track");
            var buffered = Fix(aggressorDevice, raised.AddMinutes(1).AddSeconds(10), test.Case.North(450));
            buffered.ServerTime = DateTime.UtcNow;
            db.Positions.Add(buffered);
            await db.SaveChangesAsync();
        }

        var verifier = server.App.Services.GetRequiredService<DocumentVerifier>();
        var late = await verifier.VerifyAsync(pdf, default);
        Assert.True(late.RecordsUnchanged, "a fix that reached the server after the report was issued is not one of its records");
        await using (var db = server.Db())
        {
            await db.Positions.Where(p => p.DeviceId == aggressorDevice && p.FixTime == raised)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Latitude, p => p.Latitude + 0.01));
        }

        var moved = await verifier.VerifyAsync(pdf, default);
        Assert.Equal([("track", alarmId.ToString("D", CultureInfo.InvariantCulture))], moved.Records!.Changed.Select(i => (i.Kind, i.Key)));
    }

    private static async Task<Guid> DeviceAsync(AmparoDbContext db, string uniqueId) =>
        await db.Devices.Where(d => d.UniqueId == uniqueId).Select(d => d.Id).SingleAsync();

    private static Position Fix(Guid device, DateTime at, GeoPoint point) => new()
    {
        DeviceId = device, FixTime = at, ServerTime = at.AddSeconds(2), Valid = true, Latitude = point.Latitude, Longitude = point.Longitude,
    };

    private static DateTime Minute(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);

    private static string Time(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Lima).ToString("HH:mm", CultureInfo.InvariantCulture);
}
