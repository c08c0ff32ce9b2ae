using System.Globalization;
using System.Text.Json;

namespace Amparo.Cli.Simulation;

/// <summary>The summary at the end of a run: rate asked and achieved, latency, a line per protocol, then the figures in JSON.</summary>
public static class SimulationReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task WriteSummaryAsync(TextWriter output, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c,
            $"Fin / done: {result.Seconds:0.0} s, {result.Devices} dispositivos ({string.Join(", ", result.Protocols.Select(p => $"{p.Key} {p.Value.Devices}"))})"));
        var share = result.AskedRate > 0 ? result.AchievedRate / result.AskedRate * 100 : 0;
        await output.WriteLineAsync(string.Create(c,
            $"Tasa pedida / asked {result.AskedRate:0.0} fijos/s; lograda / achieved {result.AchievedRate:0.0} fijos/s ({share:0} %)"));
        await output.WriteLineAsync(result.AckP50Ms is null
            ? "Latencia de confirmación / ack latency: sin confirmaciones / none acknowledged"
            : string.Create(c, $"Latencia de confirmación / ack latency: p50 {result.AckP50Ms:0.00} ms, p99 {result.AckP99Ms:0.00} ms"));
        foreach (var (name, p) in result.Protocols)
        {
            var acknowledged = name == "watch" ? "sin acuse (UD) / not acknowledged" : string.Create(c, $"confirmadas {p.Acknowledged}");
            await output.WriteLineAsync(string.Create(c,
                $"  {name,-10} enviadas {p.Sent}, {acknowledged}, reconexiones {p.Reconnects}, errores {p.Errors}"));
            if (p.LastError is { } error)
            {
                await output.WriteLineAsync($"             último error / last error: {error}");
            }
        }

        await output.WriteLineAsync(string.Create(c,
            $"  {"total",-10} enviadas {result.Sent}, confirmadas {result.Acknowledged}, reconexiones {result.Reconnects}, errores {result.Errors}"));
        await output.WriteLineAsync(JsonSerializer.Serialize(result, Json));
    }
}
