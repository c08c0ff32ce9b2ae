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

    public static async Task<IReadOnlyList<JsonElement>> AllAlarmsAsync(HttpClient client, Guid caseId)
    {
        using var response = await client.GetAsync($"api/alarms?state=all&caseId={caseId}");
        return (await ReadAsync(response)).EnumerateArray().ToList();
    }

    /// <summary>Waits for an alarm of a type (open or not) that a timer raises; fails after <paramref name="seconds"/>.</summary>
    public static async Task<JsonElement> WaitForAlarmAsync(HttpClient client, Guid caseId, string type, double seconds = 20, Func<JsonElement, bool>? also = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var found = (await AllAlarmsAsync(client, caseId)).FirstOrDefault(a => a.GetProperty("type").GetString() == type && (also is null || also(a)));
            if (found.ValueKind != JsonValueKind.Undefined)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No {type} alarm on case {caseId} within {seconds} s.");
            await Task.Delay(150);
        }
    }

    public static async Task<IReadOnlyList<JsonElement>> OpenAlarmsAsync(HttpClient client, Guid caseId)
    {
        using var response = await client.GetAsync($"api/alarms?state=open&caseId={caseId}");
        var list = await ReadAsync(response);
        return list.EnumerateArray().ToList();
    }
}
