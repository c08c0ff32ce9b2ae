using Amparo.Domain.Citizens;

namespace Amparo.Domain.Tests.Citizens;

public class VerificationRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 4, 22, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_code_is_only_what_hashes_the_same_with_its_salt()
    {
        var salt = VerificationCode.NewSalt();
        var hash = VerificationCode.Hash("123456", salt);

        Assert.True(VerificationCode.Matches("123456", salt, hash));
        Assert.False(VerificationCode.Matches("123457", salt, hash));
        Assert.False(VerificationCode.Matches("123456", VerificationCode.NewSalt(), hash));
        Assert.False(VerificationCode.Matches("12345", salt, hash));
        Assert.Matches("^[0-9]{6}$", VerificationCode.New());
    }

    [Fact]
    public void Resends_wait_a_minute_and_stop_at_five_a_day()
    {
        Assert.Null(VerificationRules.ResendRefusal([], Now));
        Assert.NotNull(VerificationRules.ResendRefusal([Now.AddSeconds(-30)], Now));
        Assert.Null(VerificationRules.ResendRefusal([Now.AddSeconds(-61)], Now));
        var five = Enumerable.Range(1, 5).Select(h => Now.AddHours(-h)).ToList();
        Assert.Contains("24 horas", VerificationRules.ResendRefusal(five, Now), StringComparison.Ordinal);
        Assert.Null(VerificationRules.ResendRefusal(five.Select(t => t.AddHours(-20)).ToList(), Now));
    }

    [Theory]
    [InlineData(ReportStatus.Received, ReportStatus.Routed, true)]
    [InlineData(ReportStatus.Received, ReportStatus.Rejected, true)]
    [InlineData(ReportStatus.Received, ReportStatus.InProgress, false)]
    [InlineData(ReportStatus.Routed, ReportStatus.InProgress, true)]
    [InlineData(ReportStatus.InProgress, ReportStatus.Resolved, true)]
    [InlineData(ReportStatus.InProgress, ReportStatus.Received, false)]
    [InlineData(ReportStatus.Resolved, ReportStatus.InProgress, false)]
    [InlineData(ReportStatus.Rejected, ReportStatus.Routed, false)]
    public void A_report_moves_forward_and_stays_closed(ReportStatus from, ReportStatus to, bool allowed) =>
        Assert.Equal(allowed, ReportTransitions.Allowed(from, to));

    [Fact]
    public void Every_category_names_an_area_that_exists() =>
        Assert.All(ReportCatalogue.All, c => Assert.NotNull(MunicipalAreas.Find(c.AreaCode)));
}
