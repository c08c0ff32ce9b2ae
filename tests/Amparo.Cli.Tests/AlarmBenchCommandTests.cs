using System.Text.Json;
using Amparo.Cli.Commands;

namespace Amparo.Cli.Tests;

public class AlarmBenchCommandTests
{
    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AmparoCli.RunAsync(args, output, error);
        return (code, output.ToString());
    }

    [Fact]
    public async Task Three_hundred_days_end_in_a_JSON_line_where_Amparo_misses_no_breach_and_raises_fewer_false_alarms()
    {
        var (code, output) = await RunAsync("bench", "alarms", "--days", "300", "--seed", "7");

        Assert.Equal(0, code);
        Assert.Contains("false alarms per device-day", output, StringComparison.Ordinal);
        var json = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).RootElement;
        Assert.Equal(300, json.GetProperty("days").GetInt32());
        Assert.True(json.GetProperty("true_breaches").GetInt32() > 20);
        var naive = json.GetProperty("naive");
        var amparo = json.GetProperty("amparo");
        Assert.True(naive.GetProperty("false_alarms").GetInt32() > 0);
        Assert.True(amparo.GetProperty("false_alarms").GetInt32() < naive.GetProperty("false_alarms").GetInt32());
        Assert.Equal(0, amparo.GetProperty("missed").GetInt32());
        Assert.Equal(json.GetProperty("true_breaches").GetInt32(), amparo.GetProperty("detected").GetInt32());
        Assert.True(amparo.GetProperty("delay_p95_fixes").GetDouble() <= 2);
        Assert.True(amparo.GetProperty("delayed_beyond_two_fixes").GetInt32() <= amparo.GetProperty("detected").GetInt32() / 20);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_figures()
    {
        var first = await RunAsync("bench", "alarms", "--days", "60", "--seed", "3");
        var second = await RunAsync("bench", "alarms", "--days", "60", "--seed", "3");

        static JsonElement Figures(string output) => JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).RootElement;
        Assert.Equal(Figures(first.Output).GetProperty("naive").GetRawText(), Figures(second.Output).GetProperty("naive").GetRawText());
        Assert.Equal(Figures(first.Output).GetProperty("amparo").GetRawText(), Figures(second.Output).GetProperty("amparo").GetRawText());
        Assert.Equal(Figures(first.Output).GetProperty("fixes").GetInt64(), Figures(second.Output).GetProperty("fixes").GetInt64());
    }
}
