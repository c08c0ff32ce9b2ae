using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Protocols;
using Amparo.Domain.Alarms;
using Amparo.Domain.Protocols;
using Amparo.Server.Protocols;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Protocols;

/// <summary>The commands the console's protocol editor calls: the API's rules, validation and audit.</summary>
[Collection(ServerCollection.Name)]
public class ProtocolCommandsTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_editor_refuses_an_operator_and_what_the_API_refuses_and_audits_what_a_supervisor_saves(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        await using var scope = server.App.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<ProtocolCommands>();
        var store = scope.ServiceProvider.GetRequiredService<ProtocolStore>();
        var operador = await ConsoleUsers.PrincipalAsync(scope.ServiceProvider, "operador");
        var supervisor = await ConsoleUsers.PrincipalAsync(scope.ServiceProvider, "supervisor");
        var own = new ResponseProtocol(AlarmType.GpsLoss,
            [new ProtocolStep("call_aggressor_gps", ProtocolStepKind.CallAggressor, "Llamar al agresor: que salga a cielo abierto.", "Call the aggressor: he must go outdoors.")]);
        var broken = own with { Steps = [new ProtocolStep("Mal Código", ProtocolStepKind.Other, "", "x"), new ProtocolStep("Mal Código", ProtocolStepKind.Other, "y", "y")] };

        var byOperator = await commands.SaveAsync(own, operador, "10.1.2.3", CancellationToken.None);
        var refused = await commands.SaveAsync(broken, supervisor, "10.1.2.3", CancellationToken.None);
        using var client = await server.ClientAsync("supervisor");
        using var refusedByApi = await client.PutAsJsonAsync("api/protocols/gps_loss",
            new { steps = broken.Steps.Select(s => new { s.Code, s.Kind, s.Es, s.En, s.Required }) });
        var apiProblems = JsonDocument.Parse(await refusedByApi.Content.ReadAsStringAsync()).RootElement.GetProperty("problems")
            .EnumerateArray().Select(p => p.GetString()!).ToList();

        Assert.Equal(ProtocolChangeOutcome.Forbidden, byOperator.Outcome);
        Assert.Equal(ProtocolChangeOutcome.Invalid, refused.Outcome);
        Assert.Equal(4, refused.Problems.Count);
        Assert.Equal(apiProblems, refused.Problems);
        Assert.False((await store.GetAsync(AlarmType.GpsLoss, CancellationToken.None)).Custom);

        try
        {
            var saved = await commands.SaveAsync(own, supervisor, "10.1.2.3", CancellationToken.None);
            Assert.Equal(ProtocolChangeOutcome.Done, saved.Outcome);
            Assert.True(saved.Protocol!.Custom);
            Assert.Equal(own.Steps, (await store.GetAsync(AlarmType.GpsLoss, CancellationToken.None)).Protocol.Steps);
        }
        finally
        {
            var reverted = await commands.RevertAsync(AlarmType.GpsLoss, supervisor, "10.1.2.3", CancellationToken.None);
            Assert.False(reverted.Protocol!.Custom);
        }

        await using var db = server.Db();
        var audited = await db.AuditEvents.Where(e => e.SubjectId == "gps_loss" && e.RemoteAddress == "10.1.2.3").Select(e => new { e.Action, e.UserName }).ToListAsync();
        Assert.Equal([("protocol.reverted", "supervisor"), ("protocol.saved", "supervisor")], audited.Select(e => (e.Action, e.UserName)).Order());
    }
}
