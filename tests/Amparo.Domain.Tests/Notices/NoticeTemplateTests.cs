using Amparo.Domain.Notices;

namespace Amparo.Domain.Tests.Notices;

public class NoticeTemplateTests
{
    private const string Text = """
        # comment
        [destinatario]
        Señor/a Jefe/a
        {{destinatario}}
        [asunto]
        Expediente {{expediente}}
        [cuerpo]
        Primer párrafo de {{agresor.nombre}}.

        {{victima.domicilios}}
        """;

    private static readonly NoticeDisclosure Everything = new(true, true, true);

    [Fact]
    public void A_template_is_read_into_addressee_subject_and_body_paragraphs()
    {
        var template = NoticeTemplate.Parse(Text);
        var filled = template.Fill(Values(), Everything);

        Assert.Equal(["Señor/a Jefe/a", "Policía"], filled.Addressee);
        Assert.Equal("Expediente 12-2026", filled.Subject);
        Assert.Equal([["Primer párrafo de Juan."], ["- Calle 1", "- Calle 2"]], filled.Paragraphs());
    }

    [Fact]
    public void A_template_that_asks_for_the_victims_address_is_refused_for_a_recipient_who_may_not_get_it()
    {
        var template = NoticeTemplate.Parse(Text);
        var police = NoticeDisclosure.For(NoticeRecipient.PoliceHeadquarters);

        Assert.False(template.Respects(police));
        var refused = Assert.Throws<InvalidOperationException>(() => template.Fill(Values(), police));
        Assert.Contains(NoticePlaceholders.VictimAddresses, refused.Message);
    }

    [Fact]
    public void A_missing_value_or_an_unknown_placeholder_is_an_error_not_a_gap()
    {
        var values = Values();
        values.Remove(NoticePlaceholders.AggressorName);
        Assert.Throws<InvalidOperationException>(() => NoticeTemplate.Parse(Text).Fill(values, Everything));
        Assert.Throws<FormatException>(() => NoticeTemplate.Parse(Text.Replace("{{expediente}}", "{{victima.telefono}}", StringComparison.Ordinal)));
        Assert.Throws<FormatException>(() => NoticeTemplate.Parse(Text.Replace("[asunto]", "[otro]", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(NoticeRecipient.GenderArea, true, true)]
    [InlineData(NoticeRecipient.MasculinitiesProgramme, false, false)]
    [InlineData(NoticeRecipient.PoliceHeadquarters, false, false)]
    [InlineData(NoticeRecipient.MonitoringCentre, true, true)]
    [InlineData(NoticeRecipient.ProgrammeCoordination, true, false)]
    [InlineData(NoticeRecipient.GenderPolicySuperintendence, false, false)]
    public void Only_those_who_protect_her_get_her_name_and_only_those_who_must_reach_her_get_her_addresses(NoticeRecipient recipient, bool name, bool addresses)
    {
        var disclosure = NoticeDisclosure.For(recipient);
        Assert.Equal(name, disclosure.VictimName);
        Assert.Equal(addresses, disclosure.VictimAddresses);
    }

    private static Dictionary<string, string> Values() => new()
    {
        [NoticePlaceholders.Addressee] = "Policía",
        [NoticePlaceholders.FileNumber] = "12-2026",
        [NoticePlaceholders.AggressorName] = "Juan",
        [NoticePlaceholders.VictimAddresses] = "- Calle 1\n- Calle 2",
    };
}
