using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Amparo.Server.Tests.Risk;

/// <summary>Bodies for the risk API: FVR answers that reach a chosen score, and a one-question instrument.</summary>
internal static class RiskRequests
{
    private static readonly string[] Scored = ["1", "2", "2a", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19"];

    /// <summary>FVR answers scoring nothing but «sí» to each question named (item 4, a stable job, is «sí» already).</summary>
    public static Dictionary<string, string> FvrYes(params string[] items)
    {
        var answers = Scored.ToDictionary(c => c, c => c == "4" ? "si" : "no");
        foreach (var item in items)
        {
            answers[item] = "si";
        }

        return answers;
    }

    /// <summary>FVR answers scoring 14 (severo): firearm 5, left him after living together 4, threat to kill 3, 1 and 10.</summary>
    public static Dictionary<string, string> FvrSevere() => FvrYes("1", "2", "2a", "3", "6", "10");

    public static string Today(int daysAgo = 0) =>
        DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-5).AddDays(-daysAgo)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instrument of one yes/no question worth <paramref name="points"/>: 0–2 «bajo» (Low), 3–10 «alto» (High).</summary>
    public static StringContent Instrument(string code, string version, int points)
    {
        var text = new { es = "Texto", en = "Text" };
        var definition = new
        {
            code,
            name = new { es = "Instrumento de prueba", en = "Test instrument" },
            jurisdiction = "Prueba",
            population = "AdultPartner",
            version,
            sections = new[]
            {
                new
                {
                    code = "s",
                    title = text,
                    items = new[]
                    {
                        new
                        {
                            code = "a", text, answer = "YesNo",
                            options = new[] { new { code = "si", text, points }, new { code = "no", text, points = 0 } },
                        },
                    },
                },
            },
            bands = new[]
            {
                new { min = 0, max = 2, level = "bajo", label = new { es = "Bajo", en = "Low" }, colour = "#2e7d32" },
                new { min = 3, max = 10, level = "alto", label = new { es = "Alto", en = "High" }, colour = "#c62828" },
            },
            levelMap = new Dictionary<string, string> { ["bajo"] = "Low", ["alto"] = "High" },
            policies = new[]
            {
                new { level = "Low", reassessEveryDays = 30, preAlertMetres = 500, checkInCallEveryHours = 72, policeRoundsPerWeek = 0, courtDeadlineHours = 24 },
                new { level = "High", reassessEveryDays = 7, preAlertMetres = 1500, checkInCallEveryHours = 24, policeRoundsPerWeek = 3, courtDeadlineHours = 24 },
            },
        };
        return new StringContent(JsonSerializer.Serialize(definition), Encoding.UTF8, "application/json");
    }

    public static string UniqueCode() => "prueba-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..10];
}
