using Amparo.Domain.Risk;

namespace Amparo.Domain.Tests.Risk;

public class FvrScoringTests
{
    [Fact]
    public void The_shipped_fvr_validates_and_scores_at_most_37()
    {
        Assert.Empty(RiskInstrumentJson.Read(Fvr.Json).Problems);
        Assert.Equal(37, Fvr.Definition.MaxScore());
        Assert.Equal(["leve", "moderado", "severo", "severo_extremo"], Fvr.Definition.Levels());
        Assert.Contains("DS 004-2019-MIMP", Fvr.Definition.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "2", "8" }, 7, "leve", CommonRiskLevel.Low)]
    [InlineData(new[] { "2", "5" }, 8, "moderado", CommonRiskLevel.Medium)]
    [InlineData(new[] { "1", "2", "2a", "3", "6" }, 13, "moderado", CommonRiskLevel.Medium)]
    [InlineData(new[] { "1", "2", "2a", "3", "6", "10" }, 14, "severo", CommonRiskLevel.High)]
    [InlineData(new[] { "1", "2", "2a", "3", "6", "10", "11", "12", "13" }, 17, "severo", CommonRiskLevel.High)]
    [InlineData(new[] { "1", "2", "2a", "3", "6", "10", "11", "12", "13", "14" }, 18, "severo_extremo", CommonRiskLevel.Extreme)]
    public void Each_band_edge_gives_its_level(string[] yes, int score, string level, CommonRiskLevel common)
    {
        var result = Score(Fvr.Yes(yes));

        Assert.Equal(score, result.RawScore);
        Assert.Equal(level, result.BandLevel);
        Assert.Equal(level, result.FinalLevel);
        Assert.Equal(common, result.Common);
    }

    [Fact]
    public void Every_risk_factor_present_scores_the_maximum_37()
    {
        var answers = Fvr.Yes("1", "2", "2a", "3", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19");
        answers["4"] = RiskOption.No;

        var result = Score(answers);

        Assert.Equal(37, result.RawScore);
        Assert.Equal("severo_extremo", result.FinalLevel);
    }

    [Fact]
    public void No_stable_job_scores_4_and_a_stable_job_nothing()
    {
        var answers = Fvr.Zero();
        Assert.Equal(0, Score(answers).RawScore);
        answers["4"] = RiskOption.No;

        Assert.Equal(4, Score(answers).RawScore);
    }

    [Fact]
    public void Leaving_him_scores_only_when_they_lived_together()
    {
        var together = Fvr.Yes("2a", "3");
        Assert.Equal(4, Score(together).RawScore);

        var apart = Fvr.Yes("3");
        var scoring = RiskScorer.Score(Fvr.Definition, apart);

        Assert.False(scoring.Succeeded);
        Assert.Contains("La pregunta «3» no se aplica con la respuesta dada a «2a»: no debe responderse.", scoring.AnswerProblems);
    }

    [Fact]
    public void Descriptive_and_flag_questions_score_nothing_and_may_be_left_out()
    {
        var answers = Fvr.Yes("5");
        Assert.Equal(3, Score(answers).RawScore);
        answers["5a"] = "arma_blanca";
        answers["12a"] = RiskOption.Yes;
        answers["v1"] = RiskOption.Yes;

        var result = Score(answers);

        Assert.Equal(3, result.RawScore);
        Assert.Empty(result.AppliedRules);
    }

    [Fact]
    public void A_required_question_left_unanswered_an_unknown_question_and_an_unknown_answer_are_refused()
    {
        var answers = Fvr.Zero();
        answers.Remove("17");
        answers["20"] = RiskOption.Yes;
        answers["9"] = "quizás";
        answers["5a"] = "arma_fuego";

        var problems = RiskScorer.Score(Fvr.Definition, answers).AnswerProblems;

        Assert.Equal(4, problems.Count);
        Assert.Contains("Falta la respuesta a la pregunta «17».", problems);
        Assert.Contains("La pregunta «20» no existe en pe-fvr 2019.", problems);
        Assert.Contains("«quizás» no es una respuesta de la pregunta «9» (se admite: si, no).", problems);
        Assert.Contains("La pregunta «5a» no se aplica con la respuesta dada a «5»: no debe responderse.", problems);
    }

    private static RiskResult Score(IReadOnlyDictionary<string, string> answers)
    {
        var scoring = RiskScorer.Score(Fvr.Definition, answers);
        Assert.True(scoring.Succeeded, string.Join(" ", scoring.AnswerProblems.Concat(scoring.OverrideProblems)));
        return scoring.Result!;
    }
}
