using System.Text.Json;
using System.Text.Json.Serialization;

namespace Amparo.Server.Tests.Support;

public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<IReadOnlyList<JsonElement>> OpenAlarmsAsync(HttpClient client, Guid caseId)
    {
        using var response = await client.GetAsync($"api/alarms?state=open&caseId={caseId}");
        var list = await ReadAsync(response);
        return list.EnumerateArray().ToList();
    }
}
