using System.Net;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.Dispatch;

[Collection(DispatchServerCollection.Name)]
public class PoliceStatusTests(DispatchServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_operator_records_the_statuses_911_gives_her_and_a_step_back_is_refused(DatabaseProvider provider)
    {
        var (server, _) = await servers.GetAsync(provider);
        using var operador = await server.ClientAsync("operador");
        var (_, alarmId, _, _) = await DispatchScenario.BreachAsync(server, operador);
        var id = (await DispatchScenario.CreateAsync(operador, alarmId)).GetProperty("id").GetGuid();

        await DispatchScenario.StatusAsync(operador, id, "accepted", "Confirmado por teléfono");
        await DispatchScenario.StatusAsync(operador, id, "dispatched");
        await DispatchScenario.StatusAsync(operador, id, "on_scene");
        var closed = await DispatchScenario.StatusAsync(operador, id, "Closed", "Agresor retirado del lugar");
        using var back = await operador.PostAsJsonAsync($"api/police-requests/{id}/status", new { status = "accepted" });

        Assert.Equal(["Created", "Accepted", "Dispatched", "OnScene", "Closed"], DispatchScenario.History(closed));
        Assert.All(closed.GetProperty("history").EnumerateArray(), c => Assert.Equal("operator", c.GetProperty("source").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, back.StatusCode);
        Assert.Equal("application/problem+json", back.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_911_callback_needs_the_key_and_absorbs_a_repeated_status(DatabaseProvider provider)
    {
        var (server, _) = await servers.GetAsync(provider);
        using var operador = await server.ClientAsync("operador");
        var (_, alarmId, _, _) = await DispatchScenario.BreachAsync(server, operador);
        var request = await DispatchScenario.CreateAsync(operador, alarmId);
        var id = request.GetProperty("id").GetGuid();
        var identifier = request.GetProperty("identifier").GetString();
        using var operadorSend = await operador.PostAsync($"api/police-requests/{id}/send", null);
        operadorSend.EnsureSuccessStatusCode();

        using var noKey = await CallbackAsync(server, null, new { identifier, status = "accepted" });
        using var wrongKey = await CallbackAsync(server, "otra-clave", new { identifier, status = "accepted" });
        using var accepted = await CallbackAsync(server, DispatchServerPool.Key, new { identifier, status = "accepted", externalReference = "911-2026-000123" });
        using var dispatched = await CallbackAsync(server, DispatchServerPool.Key, new { identifier, status = "dispatched", note = "Unidad PNP-12" });
        using var again = await CallbackAsync(server, DispatchServerPool.Key, new { identifier, status = "dispatched", note = "Unidad PNP-12" });

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal("Accepted", (await ApiJson.ReadAsync(accepted)).GetProperty("status").GetString());
        Assert.Equal("Dispatched", (await ApiJson.ReadAsync(dispatched)).GetProperty("status").GetString());
        var final = await ApiJson.ReadAsync(again);
        Assert.Equal(["Created", "Sent", "Accepted", "Dispatched"], DispatchScenario.History(final));
        Assert.Equal("911-2026-000123", final.GetProperty("externalReference").GetString());
        Assert.Equal("911", final.GetProperty("history").EnumerateArray().Last().GetProperty("source").GetString());
    }

    private static Task<HttpResponseMessage> CallbackAsync(TestServer server, string? key, object body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "api/dispatch/callback") { Content = JsonContent.Create(body, options: new JsonSerializerOptions(JsonSerializerDefaults.Web)) };
        if (key is not null)
        {
            message.Headers.Add("X-Amparo-Key", key);
        }

        return server.Api.SendAsync(message);
    }
}
