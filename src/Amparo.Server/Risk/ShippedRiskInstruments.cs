using Amparo.Domain.Risk;

namespace Amparo.Server.Risk;

/// <summary>
/// The instrument versions Amparo ships (Risk/Instruments/*.json, embedded), read and validated once at start-up:
/// a shipped file that does not validate stops the host rather than scoring with it.
/// </summary>
public sealed class ShippedRiskInstruments
{
    private const string Prefix = "Amparo.Server.Risk.Instruments.";

    private ShippedRiskInstruments(IReadOnlyList<RiskInstrumentDefinition> all) => All = all;

    public IReadOnlyList<RiskInstrumentDefinition> All { get; }

    public RiskInstrumentDefinition? Get(string code, string version) =>
        All.FirstOrDefault(d => d.Code == code && d.Version == version);

    public static ShippedRiskInstruments Load()
    {
        var assembly = typeof(ShippedRiskInstruments).Assembly;
        var all = new List<RiskInstrumentDefinition>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var read = RiskInstrumentJson.Read(reader.ReadToEnd());
            if (!read.IsValid)
            {
                throw new InvalidOperationException($"The shipped risk instrument {name} is not valid: {string.Join(" ", read.Problems)}");
            }

            if (all.Any(d => d.Code == read.Definition!.Code && d.Version == read.Definition.Version))
            {
                throw new InvalidOperationException($"The shipped risk instrument {name} repeats {read.Definition!.Code} {read.Definition.Version}.");
            }

            all.Add(read.Definition!);
        }

        return new ShippedRiskInstruments(all);
    }
}
