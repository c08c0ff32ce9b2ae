using Amparo.Domain.Notices;

namespace Amparo.Domain.Tests.Notices;

public class NoticeNumberTests
{
    [Theory]
    [InlineData("2.º Juzgado de Familia", "2JF")]
    [InlineData("Segundo Juzgado de Familia", "SJF")]
    [InlineData("Módulo Judicial Integrado en Violencia contra las Mujeres — Arequipa", "MJIVMA")]
    [InlineData("Juzgado Especializado 12 de Familia de Él Ñuñoa", "JE12FEN")]
    [InlineData("  ", "JUZ")]
    public void The_court_code_is_its_numbers_and_the_initials_of_its_significant_words(string court, string code) =>
        Assert.Equal(code, NoticeNumber.CourtCode(court));

    [Fact]
    public void A_number_is_sequence_year_and_court_code() =>
        Assert.Equal("12-2026-2JF", NoticeNumber.Format(12, 2026, "2.º Juzgado de Familia"));

    [Theory]
    [InlineData("a", NoticeRecipient.GenderArea)]
    [InlineData("C", NoticeRecipient.PoliceHeadquarters)]
    [InlineData(" F ", NoticeRecipient.GenderPolicySuperintendence)]
    [InlineData("monitoringcentre", NoticeRecipient.MonitoringCentre)]
    public void Recipients_are_read_by_letter_or_name(string text, NoticeRecipient recipient)
    {
        Assert.Equal(recipient, NoticeRecipients.Parse(text));
        Assert.Equal(recipient, NoticeRecipients.Parse(NoticeRecipients.Letter(recipient).ToString()));
    }

    [Theory]
    [InlineData("G")]
    [InlineData("")]
    [InlineData("1")]
    public void Anything_else_is_no_recipient(string text) => Assert.Null(NoticeRecipients.Parse(text));
}
