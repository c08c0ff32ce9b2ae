using System.Text.Json;
using Amparo.Data.Alarms;
using Amparo.Domain.Alarms;
using Amparo.Server.Tests.Support;

namespace Amparo.Server.Tests.Dispatch;

/// <summary>Alarms to ask the police about: a breach the engine raises, or an alarm written as the engine would (panic, no position).</summary>
public static class DispatchScenario
{
    /// <summary>
    /// The aggressor 200 m inside the home zone: a zone_entry with his fix, claimed by <paramref name="operador"/>
    /// (only the operator who claimed an alarm may ask the police) unless <paramref name="claim"/> is false.
    /// </summary>
    public static async Task<(TestCase Case, Guid AlarmId, double Latitude, double Longitude)> BreachAsync(TestServer server, HttpClient operador, bool claim = true)
    {
        var test = await TestCase.CreateAsync(server);
        var inside = test.North(200);
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        var alarm = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => a.GetProperty("type").GetString() == "zone_entry");
        var alarmId = alarm.GetProperty("id").GetGuid();
        if (claim)
        {
            await ClaimAsync(operador, alarmId);
        }

        return (test, alarmId, inside.Latitude, inside.Longitude);
    }

    public static async Task ClaimAsync(HttpClient client, Guid alarmId)
    {
        using var claimed = await client.PostAsync($"api/alarms/{alarmId}/claim", null);
        await ApiJson.ReadAsync(claimed);
    }

    /// <summary>An alarm written as the engine would, already claimed by <paramref name="claimedBy"/>.</summary>
    public static async Task<Guid> StoredAlarmAsync(TestServer server, TestCase test, AlarmType type, AlarmEvidence evidence, string claimedBy)
    {
        var now = DateTime.UtcNow;
        var json = AlarmEvidenceJson.Serialize(evidence);
        var alarm = new Alarm
        {
            Id = Guid.CreateVersion7(), CaseId = test.Id, Type = type, Priority = AlarmTypeInfo.For(type).Priority, State = AlarmState.Claimed,
            RaisedAt = now, LastTriggeredAt = now, TriggerCount = 1, Evidence = json, FirstEvidence = json, Explanation = "Alarma de prueba.",
            ClaimedBy = claimedBy, ClaimedAt = now,
        };
        await using var db = server.Db();
        db.Alarms.Add(alarm);
        await db.SaveChangesAsync();
        return alarm.Id;
    }

    public static async Task<JsonElement> CreateAsync(HttpClient client, Guid alarmId, bool exercise = false)
    {
        using var response = await client.PostAsJsonAsync($"api/alarms/{alarmId}/police", new { exercise, radiusMetres = 300, note = "Víctima no contesta." });
        return await ApiJson.ReadAsync(response);
    }

    public static async Task<JsonElement> StatusAsync(HttpClient client, Guid requestId, string status, string? note = null)
    {
        using var response = await client.PostAsJsonAsync($"api/police-requests/{requestId}/status", new { status, note });
        return await ApiJson.ReadAsync(response);
    }

    public static IReadOnlyList<string> History(JsonElement request) =>
        request.GetProperty("history").EnumerateArray().Select(c => c.GetProperty("status").GetString()!).ToList();
}
