using System.Text.Json;
using Amparo.Monitoring.Replay;

namespace Amparo.Monitoring.Tests;

/// <summary>
/// Every scenario under Scenarios/ replays to exactly the alarms it lists in "expected" (type, and time when given,
/// in order), no more: a scenario with "expected": [] asserts that nothing wakes an operator.
/// </summary>
public class ScenarioLibraryTests
{
    public static IEnumerable<object[]> Scenarios() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Scenarios"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_scenario_raises_exactly_its_expected_alarms(string name)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scenarios", name + ".json"));
        var expected = JsonDocument.Parse(json).RootElement.GetProperty("expected").EnumerateArray()
            .Select(e => (Type: e.GetProperty("type").GetString()!, Time: e.TryGetProperty("time", out var t) ? t.GetDateTime().ToUniversalTime() : (DateTime?)null))
            .ToList();

        var raised = ScenarioReplay.Run(json);

        var summary = string.Join("; ", raised.Select(a => $"{a.Type}@{a.Time:yyyy-MM-ddTHH:mm:ssZ}"));
        Assert.True(expected.Count == raised.Count, $"{name}: expected {expected.Count} alarms, got {raised.Count}: {summary}");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].Type == raised[i].Type, $"{name}: alarm {i} is {raised[i].Type}, expected {expected[i].Type}: {summary}");
            if (expected[i].Time is { } time)
            {
                Assert.True(time == raised[i].Time, $"{name}: {raised[i].Type} at {raised[i].Time:O}, expected {time:O}");
            }
        }
    }

    [Fact]
    public void Every_alarm_line_carries_a_spanish_explanation_and_a_priority()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scenarios", "01-approach-on-foot.json"));

        var alarm = ScenarioReplay.Run(json)[0];

        Assert.Equal("c1", alarm.Case);
        Assert.Contains(alarm.Priority, new[] { "critical", "high", "medium", "low" });
        Assert.False(string.IsNullOrWhiteSpace(alarm.Explanation));
    }

    [Fact]
    public void A_malformed_scenario_is_refused_with_a_reason()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReplay.Run("""{"case":{"id":"x","devices":{"aggressor":"A1"}},"events":[{"t":"2026-01-05T10:00:00Z","device":"Z9","lat":1,"lon":2}]}"""));

        Assert.Contains("unknown device \"Z9\"", error.Message, StringComparison.Ordinal);
    }
}
