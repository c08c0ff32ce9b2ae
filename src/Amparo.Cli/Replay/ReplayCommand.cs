using System.CommandLine;
using System.Text.Json;
using Amparo.Monitoring.Replay;

namespace Amparo.Cli.Replay;

/// <summary>
/// <c>amparo replay &lt;scenario.json&gt;</c>: runs the engine over a scenario in virtual time and prints each alarm
/// raised as one JSON line; exit 2 with a one-line reason when the scenario cannot be run.
/// </summary>
public static class ReplayCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("scenario") { Description = "escenario JSON / scenario JSON file" };
        var command = new Command("replay", "Ejecuta el motor sobre un escenario en tiempo virtual / Replays a scenario through the engine.") { file };
        command.SetAction(async (parse, cancellation) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await error.WriteLineAsync($"No existe el archivo / file not found: {path.FullName}");
                return 2;
            }

            IReadOnlyList<ReplayedAlarm> alarms;
            try
            {
                alarms = ScenarioReplay.Run(await File.ReadAllTextAsync(path.FullName, cancellation));
            }
            catch (Exception ex) when (ex is ScenarioException or FormatException or TimeZoneNotFoundException or ArgumentException)
            {
                await error.WriteLineAsync(ex.Message.ReplaceLineEndings(" "));
                return 2;
            }

            foreach (var alarm in alarms)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(alarm, Json));
            }

            return 0;
        });
        return command;
    }
}
