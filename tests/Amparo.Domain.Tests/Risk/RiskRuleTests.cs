using Amparo.Domain.Risk;

namespace Amparo.Domain.Tests.Risk;

public class RiskRuleTests
{
    [Fact]
    public void The_pregnancy_rule_ships_disabled_with_its_note()
    {
        var rule = Assert.Single(Fvr.Definition.Rules);

        Assert.False(rule.Enabled);
        Assert.Contains("no está confirmado", rule.Note, StringComparison.Ordinal);
        Assert.Equal("leve", Score(Fvr.Definition, Pregnant()).FinalLevel);
    }

    [Fact]
    public void An_enabled_raise_goes_up_one_level_after_banding_and_is_recorded()
    {
        var definition = WithRules(Fvr.Definition.Rules[0] with { Enabled = true });

        var result = Score(definition, Pregnant());

        Assert.Equal("leve", result.BandLevel);
        Assert.Equal("moderado", result.ComputedLevel);
        Assert.Equal(CommonRiskLevel.Medium, result.Common);
        Assert.Equal(["victima_embarazada"], result.AppliedRules);
    }

    [Fact]
    public void A_raise_stops_at_the_highest_level()
    {
        var definition = WithRules(Rule("sube_tres", RiskRuleKind.Raise, "2", levels: 3));

        Assert.Equal("severo_extremo", Score(definition, Fvr.Yes("2", "5")).FinalLevel);
    }

    [Fact]
    public void Rules_apply_in_order_a_forced_level_then_a_cap()
    {
        var definition = WithRules(
            Rule("estrangulamiento", RiskRuleKind.Force, "9", level: "severo_extremo"),
            Rule("tope", RiskRuleKind.Cap, "19", level: "severo"));

        var forced = Score(definition, Fvr.Yes("9"));
        var capped = Score(definition, Fvr.Yes("9", "19"));

        Assert.Equal(("leve", "severo_extremo"), (forced.BandLevel, forced.FinalLevel));
        Assert.Equal(["estrangulamiento"], forced.AppliedRules);
        Assert.Equal("severo", capped.FinalLevel);
        Assert.Equal(["estrangulamiento", "tope"], capped.AppliedRules);
    }

    [Fact]
    public void A_critical_question_answered_so_that_it_scores_is_pointed_out()
    {
        var definition = Fvr.Definition with
        {
            Sections = Fvr.Definition.Sections
                .Select(s => s with { Items = s.Items.Select(i => i.Code is "2" or "6" ? i with { Critical = true } : i).ToList() }).ToList(),
        };

        Assert.Equal(["2"], Score(definition, Fvr.Yes("2", "7")).CriticalItems);
    }

    private static Dictionary<string, string> Pregnant()
    {
        var answers = Fvr.Zero();
        answers["v1"] = RiskOption.Yes;
        return answers;
    }

    private static RiskRule Rule(string code, RiskRuleKind kind, string item, int levels = 0, string? level = null) =>
        new() { Code = code, Kind = kind, Item = item, Answers = [RiskOption.Yes], Levels = levels, Level = level };

    private static RiskInstrumentDefinition WithRules(params RiskRule[] rules)
    {
        var definition = Fvr.Definition with { Rules = rules };
        Assert.Empty(RiskInstrumentValidation.Problems(definition));
        return definition;
    }

    private static RiskResult Score(RiskInstrumentDefinition definition, IReadOnlyDictionary<string, string> answers)
    {
        var scoring = RiskScorer.Score(definition, answers);
        Assert.True(scoring.Succeeded, string.Join(" ", scoring.AnswerProblems));
        return scoring.Result!;
    }
}
