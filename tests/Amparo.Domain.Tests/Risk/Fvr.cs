using System.Text.Json.Nodes;
using Amparo.Domain.Risk;

namespace Amparo.Domain.Tests.Risk;

/// <summary>Peru's FVR 2019 as Amparo ships it, and answer sets that reach a chosen score.</summary>
internal static class Fvr
{
    public static string Json { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Risk", "Instruments", "pe-fvr-2019.json"));

    public static RiskInstrumentDefinition Definition { get; } =
        RiskInstrumentJson.Read(Json).Definition ?? throw new InvalidOperationException("The shipped FVR does not validate.");

    private static readonly string[] Scored = ["1", "2", "2a", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19"];

    /// <summary>Every question answered so that it scores nothing: all «no», but «sí» to a stable job (item 4).</summary>
    public static Dictionary<string, string> Zero()
    {
        var answers = Scored.ToDictionary(c => c, _ => RiskOption.No);
        answers["4"] = RiskOption.Yes;
        return answers;
    }

    /// <summary><see cref="Zero"/> with «sí» to each question named (3 needs 2a; 4 scores by «no» and is set apart).</summary>
    public static Dictionary<string, string> Yes(params string[] items)
    {
        var answers = Zero();
        foreach (var item in items)
        {
            answers[item] = RiskOption.Yes;
        }

        return answers;
    }

    /// <summary>The shipped JSON changed by <paramref name="change"/>.</summary>
    public static string Changed(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Json)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    public static JsonObject Item(JsonObject root, string code) =>
        root["sections"]!.AsArray().SelectMany(s => s!["items"]!.AsArray()).Single(i => (string?)i!["code"] == code)!.AsObject();
}
