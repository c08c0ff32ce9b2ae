using System.Net.Sockets;
using System.Text.Json;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Domain.Devices;
using Amparo.Ingest.Gt06;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Cases;

[Collection(ServerCollection.Name)]
public class CaseDetailTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_case_shows_its_measures_and_each_devices_health_from_its_last_fix_or_heartbeat(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.Gt06);
        await AddMeasuresAsync(server, test.Id);
        var fixTime = DateTime.UtcNow.AddMinutes(-2);
        fixTime = fixTime.AddTicks(-(fixTime.Ticks % TimeSpan.TicksPerSecond));
        var far = test.North(3_000);
        using (var connection = new TcpClient())
        {
            await connection.ConnectAsync("127.0.0.1", server.Gt06Port);
            var stream = connection.GetStream();
            foreach (var frame in new[]
            {
                Gt06Encoder.Login(test.AggressorDevice, 1),
                Gt06Encoder.Location(fixTime, far.Latitude, far.Longitude, 0, 0, 2),
                // A heartbeat after the fix: battery level 3 of 6, GSM signal 4 of 4, and the case opened (tamper).
                Gt06Encoder.Status(3, batteryLevel: 3, alarmCode: 0x13),
            })
            {
                await stream.WriteAsync(frame);
                await stream.ReadExactlyAsync(new byte[10]);
            }
        }

        (await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, fixTime, "&batt=55")).EnsureSuccessStatusCode();
        using var client = await server.ClientAsync("operador");

        var detail = await ApiJson.ReadAsync(await client.GetAsync($"api/cases/{test.Id}"));

        var measures = detail.GetProperty("measures").EnumerateArray().ToList();
        Assert.Equal(["ElectronicSurveillance", "ProhibitionToApproach"], measures.Select(m => m.GetProperty("type").GetString()));
        Assert.Equal("2026-11-01", measures[1].GetProperty("startsOn").GetString());
        Assert.Equal("2027-05-01", measures[1].GetProperty("endsOn").GetString());
        var tracker = Device(detail, "Aggressor");
        Assert.Equal(fixTime, tracker.GetProperty("lastFixAt").GetDateTime().ToUniversalTime());
        Assert.True(tracker.GetProperty("lastFixValid").GetBoolean());
        Assert.Equal(50, tracker.GetProperty("batteryPercent").GetInt32());
        Assert.Equal(4, tracker.GetProperty("signal").GetInt32());
        Assert.True(tracker.GetProperty("lastReportAt").GetDateTime() > fixTime, "the heartbeat is the last report");
        Assert.Equal("DeviceOpen", Assert.Single(tracker.GetProperty("recentEvents").EnumerateArray()).GetProperty("kind").GetString());
        Assert.Contains("device_tamper", tracker.GetProperty("openAlarms").EnumerateArray().Select(a => a.GetString()));
        var phone = Device(detail, "Victim");
        Assert.Equal(55, phone.GetProperty("batteryPercent").GetInt32());
        Assert.Equal(JsonValueKind.Null, phone.GetProperty("signal").ValueKind);

        // Put on again after all that (a device reused from another case): its last word belongs to its past wearer.
        await using (var db = server.Db())
        {
            await db.DeviceAssignments.Where(a => a.CaseId == test.Id && a.Role == Domain.People.PartyRole.Aggressor)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.AssignedAt, DateTime.UtcNow.AddSeconds(1)));
        }

        var reused = Device(await ApiJson.ReadAsync(await client.GetAsync($"api/cases/{test.Id}")), "Aggressor");
        Assert.Equal(JsonValueKind.Null, reused.GetProperty("batteryPercent").ValueKind);
        Assert.Equal(JsonValueKind.Null, reused.GetProperty("signal").ValueKind);
        Assert.Equal(JsonValueKind.Null, reused.GetProperty("lastReportAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, reused.GetProperty("lastFixAt").ValueKind);
    }

    private static JsonElement Device(JsonElement detail, string role) =>
        detail.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("role").GetString() == role)
            .GetProperty("devices").EnumerateArray().Single();

    private static async Task AddMeasuresAsync(TestServer server, Guid caseId)
    {
        await using var db = server.Db();
        db.Set<ProtectionMeasure>().AddRange(
            new ProtectionMeasure
            {
                Id = Guid.CreateVersion7(), CaseId = caseId, Type = ProtectionMeasureType.ProhibitionToApproach,
                StartsOn = new DateOnly(2026, 11, 1), EndsOn = new DateOnly(2027, 5, 1), Details = "1000 m de la víctima y su domicilio",
            },
            new ProtectionMeasure
            {
                Id = Guid.CreateVersion7(), CaseId = caseId, Type = ProtectionMeasureType.ElectronicSurveillance,
                StartsOn = new DateOnly(2026, 10, 15),
            });
        await db.SaveChangesAsync();
    }
}
