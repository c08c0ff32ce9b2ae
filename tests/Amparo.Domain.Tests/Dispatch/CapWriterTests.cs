using System.Xml.Linq;
using Amparo.Domain.Dispatch;
using Amparo.Testing;

namespace Amparo.Domain.Tests.Dispatch;

public class CapWriterTests
{
    private static readonly XNamespace Cap = CapWriter.Namespace;

    private static CapAlert Alert(bool exercise = false, CapMessageType type = CapMessageType.Alert, string? references = null) => new(
        "amparo-pr-0001",
        "centro-monitoreo@amparo",
        new DateTimeOffset(2026, 11, 23, 14, 5, 9, 731, TimeSpan.FromHours(-5)),
        exercise,
        type,
        "Solo para la central 911 y la policía: datos de una víctima de violencia de género.",
        new CapInfo(
            "es",
            "Ingreso a zona de exclusión",
            new CapGrade("Immediate", "Extreme", "Observed"),
            "Centro de monitoreo Amparo",
            "Agresor dentro de la zona de exclusión — expediente 00123-2026",
            "El agresor ingresó a la zona «Domicilio»: está a 120 m (radio 500 m).",
            "Enviar una unidad al lugar; no contactar al agresor antes de llegar.",
            "Centro de monitoreo Amparo, +51 54 000000",
            [new("expediente", "00123-2026"), new("tipo_alarma", "zone_entry"), new("alarma", "0193a000-0000-7000-8000-000000000001")],
            new CapArea("Posición del agresor (GPS, precisión 6 m)", -16.398_765_4, -71.536_543_2, 250)),
        references);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_alert_is_valid_CAP_1_2(bool exercise)
    {
        var document = CapWriter.Write(Alert(exercise));

        Assert.Empty(CapSchema.Problems(document));
        Assert.Equal(exercise ? "Exercise" : "Actual", document.Root!.Element(Cap + "status")!.Value);
    }

    [Fact]
    public void The_text_form_parses_back_to_a_valid_alert_with_its_declaration()
    {
        var xml = CapWriter.ToXml(Alert());

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml, StringComparison.Ordinal);
        Assert.Empty(CapSchema.Problems(xml));
    }

    [Fact]
    public void An_update_names_the_message_it_follows_and_stays_valid()
    {
        var document = CapWriter.Write(Alert(type: CapMessageType.Cancel, references: "centro-monitoreo@amparo,amparo-pr-0000,2026-11-23T14:00:00-05:00"));

        Assert.Empty(CapSchema.Problems(document));
        Assert.Equal("Cancel", document.Root!.Element(Cap + "msgType")!.Value);
        Assert.Equal("centro-monitoreo@amparo,amparo-pr-0000,2026-11-23T14:00:00-05:00", document.Root.Element(Cap + "references")!.Value);
    }

    [Fact]
    public void Sent_has_whole_seconds_and_the_offset()
    {
        var sent = CapWriter.Write(Alert()).Root!.Element(Cap + "sent")!.Value;

        Assert.Equal("2026-11-23T14:05:09-05:00", sent);
    }

    [Fact]
    public void The_circle_is_latitude_longitude_and_radius_in_kilometres()
    {
        var area = CapWriter.Write(Alert()).Root!.Element(Cap + "info")!.Element(Cap + "area")!;

        Assert.Equal("-16.398765,-71.536543 0.25", area.Element(Cap + "circle")!.Value);
        Assert.Equal("Posición del agresor (GPS, precisión 6 m)", area.Element(Cap + "areaDesc")!.Value);
    }

    [Fact]
    public void The_alert_is_restricted_security_in_spanish_with_the_case_parameters()
    {
        var root = CapWriter.Write(Alert()).Root!;
        var info = root.Element(Cap + "info")!;

        Assert.Equal("Restricted", root.Element(Cap + "scope")!.Value);
        Assert.NotEmpty(root.Element(Cap + "restriction")!.Value);
        Assert.Equal("es", info.Element(Cap + "language")!.Value);
        Assert.Equal("Security", info.Element(Cap + "category")!.Value);
        var parameters = info.Elements(Cap + "parameter").ToDictionary(p => p.Element(Cap + "valueName")!.Value, p => p.Element(Cap + "value")!.Value);
        Assert.Equal("00123-2026", parameters["expediente"]);
        Assert.Equal("zone_entry", parameters["tipo_alarma"]);
    }
}
