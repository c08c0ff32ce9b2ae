using System.Text;
using Amparo.Domain.Registries;

namespace Amparo.Domain.Tests.Registries;

public class RegistryExportTests
{
    private static readonly MonitoredSituationRow Row = new(
        Guid.NewGuid(), "EXP-1", "Juzgado \"Familia\"; Arequipa", "Arequipa", "Active", new DateOnly(2026, 11, 2), new DateTime(2026, 11, 3, 14, 5, 0, DateTimeKind.Utc),
        null, null, 1_000.5, "pe-fvr 2019", "severo", new DateOnly(2026, 11, 2), "Given", "ElectronicSurveillance 2026-11-02/2027-05-02",
        2, new DateTime(2026, 11, 3, 15, 0, 0, DateTimeKind.Utc), "Proximity: 2", "Child: 1", "Child: con red", "María Condori", "=40123456");

    [Fact]
    public void The_victims_identity_columns_go_only_to_those_who_may_read_her_data()
    {
        Assert.Contains(MonitoredSituationColumns.For(true), c => c.Spanish == "Nombre de la víctima");
        var restricted = MonitoredSituationColumns.For(false);
        Assert.DoesNotContain(restricted, c => c.VictimData);
        Assert.Equal(MonitoredSituationColumns.All.Count - 2, restricted.Count);
    }

    [Fact]
    public void Csv_has_a_bom_semicolons_rfc4180_quoting_iso_dates_and_no_formulas()
    {
        var bytes = CsvWriter.Write(MonitoredSituationColumns.For(true), [Row]);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(3, lines.Length);
        Assert.Equal("", lines[2]);
        Assert.StartsWith("Expediente;Juzgado;Jurisdicción;", lines[0], StringComparison.Ordinal);
        Assert.Contains(";\"Juzgado \"\"Familia\"\"; Arequipa\";", lines[1], StringComparison.Ordinal);
        Assert.Contains(";2026-11-02;2026-11-03T14:05:00Z;;;1000.5;", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(";María Condori;'=40123456", lines[1], StringComparison.Ordinal);
    }
}
