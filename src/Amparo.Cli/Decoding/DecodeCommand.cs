using System.CommandLine;
using System.Text.Json;

namespace Amparo.Cli.Decoding;

/// <summary>
/// <c>amparo decode &lt;protocol&gt; &lt;frame&gt;</c>: one JSON object per decoded message; exit 0 when understood,
/// 2 with a one-line reason on stderr when malformed.
/// </summary>
public static class DecodeCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var protocol = new Argument<string>("protocol") { Description = string.Join(", ", FrameDecoding.Protocols) };
        var frame = new Argument<string>("frame") { Description = "hex (binario) o texto / hex (binary) or text; OsmAnd: /?id=… or {…}" };
        var command = new Command("decode", "Decodifica una trama como para un dispositivo registrado / Decodes one frame.") { protocol, frame };
        command.SetAction(async (parse, _) =>
        {
            var (lines, problem) = FrameDecoding.Decode(parse.GetValue(protocol)!.ToLowerInvariant(), parse.GetValue(frame)!, DateTime.UtcNow);
            if (problem is not null)
            {
                await error.WriteLineAsync(problem.ReplaceLineEndings(" "));
                return 2;
            }

            foreach (var line in lines)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(line, Json));
            }

            return 0;
        });
        return command;
    }
}
