using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Amparo.Server.Tests.Engine;

/// <summary>An alarm nobody claims within the set time is taken to the supervisors, once; a claimed one never is.</summary>
public class EscalationTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unclaimed_alarm_reaches_the_supervisors_and_a_claimed_one_does_not(DatabaseProvider provider)
    {
        await using var server = await TestServer.StartAsync(provider, "--Amparo:Escalation:UnclaimedAfter=00:00:03", "--Amparo:Escalation:CheckEvery=00:00:00.250");
        var waiting = await TestCase.CreateAsync(server);
        var handled = await TestCase.CreateAsync(server);
        await using var supervisor = await server.HubAsync("supervisor");
        var escalations = new List<JsonElement>();
        var first = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        supervisor.On<JsonElement>("escalation", alarm =>
        {
            lock (escalations)
            {
                escalations.Add(alarm);
            }

            first.TrySetResult(alarm);
        });
        await supervisor.StartSubscribedAsync();
        using var operador = await server.ClientAsync("operador");
        foreach (var test in new[] { waiting, handled })
        {
            var inside = test.North(100);
            (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        }

        var claimed = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, handled.Id)).GetProperty("id").GetGuid();
        (await operador.PostAsync($"api/alarms/{claimed}/claim", null)).EnsureSuccessStatusCode();
        var pushed = await first.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(waiting.Id, pushed.GetProperty("caseId").GetGuid());
        Assert.NotNull(pushed.GetProperty("escalatedAt").GetString());
        lock (escalations)
        {
            Assert.Single(escalations);
        }

        var open = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, waiting.Id));
        Assert.Equal("New", open.GetProperty("state").GetString());
        using var detail = await operador.GetAsync($"api/alarms/{open.GetProperty("id").GetGuid()}");
        var actions = (await ApiJson.ReadAsync(detail)).GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Escalated"], actions);
        Assert.Null(Assert.Single(await ApiJson.OpenAlarmsAsync(operador, handled.Id)).GetProperty("escalatedAt").GetString());
    }
}
