using System.Text.Json;
using Amparo.Domain.Engine;

namespace Amparo.Monitoring.Cases;

/// <summary>One window of a stored schedule, as the court order writes it: <c>{"days":"Mon-Fri","from":"22:00","to":"06:00"}</c>.</summary>
public sealed record ScheduleEntry(string Days, string From, string To)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Schedule Parse(string json) =>
        new((JsonSerializer.Deserialize<List<ScheduleEntry>>(json, Json) ?? [])
            .Select(w => ScheduleWindow.Parse(w.Days, w.From, w.To))
            .ToList());

    public static string Serialize(IEnumerable<ScheduleEntry> windows) => JsonSerializer.Serialize(windows, Json);
}
