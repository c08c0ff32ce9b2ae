using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Amparo.Domain.Devices;

namespace Amparo.Cli.Simulation;

/// <summary>The options of <c>amparo simulate</c> and their checks, each failure a message in Spanish and English.</summary>
public sealed class SimulateOptions
{
    public Option<string> Host { get; } = new("--host") { Description = "Servidor / server", DefaultValueFactory = _ => "127.0.0.1" };

    public Option<int> Gt06Port { get; } = Port("gt06", 5023);

    public Option<int> TeltonikaPort { get; } = Port("teltonika", 5027);

    public Option<int> H02Port { get; } = Port("h02", 5013);

    public Option<int> WatchPort { get; } = Port("watch", 5093);

    public Option<int> OsmAndPort { get; } = Port("osmand", 5055);

    public Option<int> Devices { get; } = new("--devices") { Description = "Dispositivos simulados / simulated devices", DefaultValueFactory = _ => 100 };

    public Option<string?> Mix { get; } = new("--mix") { Description = "Reparto por protocolo / share per protocol, e.g. gt06=40,teltonika=20,h02=15,watch=15,osmand=10 (default: even)" };

    public Option<double?> Interval { get; } = new("--interval") { Description = "Segundos entre fijos de cada dispositivo / seconds between a device's fixes (default 10)" };

    public Option<double?> Rate { get; } = new("--rate") { Description = "Fijos por segundo en total, en vez de --interval / total fixes per second, instead of --interval" };

    public Option<double> Duration { get; } = new("--duration") { Description = "Segundos que dura / seconds it runs", DefaultValueFactory = _ => 60 };

    public Option<int> Seed { get; } = new("--seed") { Description = "Semilla / seed", DefaultValueFactory = _ => 1 };

    public Option<string?> Centre { get; } = new("--centre") { Description = "lat,lon del centro / of the centre (default Arequipa -16.3989,-71.5369)" };

    public Option<double> RadiusKm { get; } = new("--radius-km") { Description = "Radio en km / radius in km", DefaultValueFactory = _ => 5 };

    public Option<int> First { get; } = new("--first")
    {
        Description = "Número del primer dispositivo de cada protocolo / number of each protocol's first device (several simulators, different devices)",
        DefaultValueFactory = _ => 0,
    };

    public Option<bool> Register { get; } = new("--register") { Description = "Registra antes los dispositivos en la base de datos / registers the devices in the database first" };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[]
                 {
                     Host, Gt06Port, TeltonikaPort, H02Port, WatchPort, OsmAndPort, Devices, Mix, Interval, Rate, Duration, Seed, Centre, RadiusKm, First, Register,
                 })
        {
            command.Options.Add(option);
        }
    }

    /// <returns>The settings, or null and the reason.</returns>
    public async Task<(SimulationSettings? Settings, string Error)> ReadAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var devices = parse.GetValue(Devices);
        if (devices is < 1 or > 100_000)
        {
            return Fail("--devices debe estar entre 1 y 100000 / must be between 1 and 100000.");
        }

        var mix = ProtocolMix.Even;
        if (parse.GetValue(Mix) is { } mixText && !ProtocolMix.TryParse(mixText, out mix, out var mixError))
        {
            return Fail(mixError);
        }

        var (interval, rate) = (parse.GetValue(Interval), parse.GetValue(Rate));
        if (interval is not null && rate is not null)
        {
            return Fail("Use --interval o --rate, no ambos / use --interval or --rate, not both.");
        }

        if (rate is { } r)
        {
            if (!(r > 0))
            {
                return Fail("--rate debe ser positivo / must be positive.");
            }

            interval = devices / r;
        }

        var seconds = interval ?? 10;
        if (!(seconds >= 1) || seconds > 86_400)
        {
            return Fail(string.Create(CultureInfo.InvariantCulture,
                $"Cada dispositivo puede enviar a lo sumo un fijo por segundo (los protocolos llevan la hora al segundo): intervalo {seconds:0.###} s; baje --rate o suba --devices / each device sends at most one fix a second."));
        }

        var duration = parse.GetValue(Duration);
        if (!(duration > 0) || duration > 7 * 86_400)
        {
            return Fail("--duration debe ser positiva (segundos) / must be positive (seconds).");
        }

        var (latitude, longitude) = (SimulationSettings.DefaultLatitude, SimulationSettings.DefaultLongitude);
        if (parse.GetValue(Centre) is { } centre && !TryCentre(centre, out latitude, out longitude))
        {
            return Fail($"--centre '{centre}': se espera lat,lon, p. ej. -16.3989,-71.5369 / expected lat,lon.");
        }

        var radius = parse.GetValue(RadiusKm);
        if (!(radius > 0) || radius > 500)
        {
            return Fail("--radius-km debe estar entre 0 y 500 / must be between 0 and 500.");
        }

        var ports = new Dictionary<DeviceProtocol, int>
        {
            [DeviceProtocol.Gt06] = parse.GetValue(Gt06Port), [DeviceProtocol.Teltonika] = parse.GetValue(TeltonikaPort),
            [DeviceProtocol.H02] = parse.GetValue(H02Port), [DeviceProtocol.Watch] = parse.GetValue(WatchPort), [DeviceProtocol.OsmAnd] = parse.GetValue(OsmAndPort),
        };
        foreach (var (protocol, port) in ports)
        {
            if (port is < 1 or > 65_535)
            {
                return Fail(string.Create(CultureInfo.InvariantCulture, $"--{protocol.ToString().ToLowerInvariant()}-port {port}: puerto inválido / invalid port."));
            }
        }

        if (parse.GetValue(First) is < 0 or > 10_000_000)
        {
            return Fail("--first: entre 0 y 10 000 000 / between 0 and 10,000,000.");
        }

        var host = parse.GetValue(Host)!;
        var address = await ResolveAsync(host, cancellationToken);
        if (address is null)
        {
            return Fail($"--host '{host}': no se puede resolver / cannot be resolved.");
        }

        return (new SimulationSettings(host, address, ports, mix.Allocate(devices), TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(duration),
            parse.GetValue(Seed), latitude, longitude, radius, parse.GetValue(First)), string.Empty);
    }

    private static Option<int> Port(string protocol, int defaultPort) =>
        new($"--{protocol}-port") { Description = $"Puerto {protocol} / {protocol} port", DefaultValueFactory = _ => defaultPort };

    private static (SimulationSettings?, string) Fail(string message) => (null, message);

    private static bool TryCentre(string text, out double latitude, out double longitude)
    {
        latitude = longitude = 0;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out latitude)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out longitude)
            && latitude is >= -85 and <= 85 && longitude is >= -180 and <= 180;
    }

    private static async Task<IPAddress?> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var address))
        {
            return address;
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            return addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault();
        }
        catch (SocketException)
        {
            return null;
        }
    }
}
