using Amparo.Domain.Risk;

namespace Amparo.Domain.Tests.Risk;

public class RiskOverrideTests
{
    [Fact]
    public void An_assessor_raises_the_computed_level_and_both_are_kept()
    {
        var raise = new RiskOverride("severo", "Amenazó a la víctima ante testigos tras la denuncia.");

        var result = RiskScorer.Score(Fvr.Definition, Fvr.Yes("2", "8"), raise).Result!;

        Assert.Equal(7, result.RawScore);
        Assert.Equal("leve", result.ComputedLevel);
        Assert.Equal("severo", result.FinalLevel);
        Assert.Equal(CommonRiskLevel.High, result.Common);
        Assert.True(result.Overridden);
        Assert.Equal(raise, result.Override);
    }

    [Theory]
    [InlineData("leve")]
    [InlineData("moderado")]
    public void A_level_is_never_lowered_nor_overridden_to_itself(string level)
    {
        var scoring = RiskScorer.Score(Fvr.Definition, Fvr.Yes("2", "5"), new RiskOverride(level, "La víctima minimiza los hechos."));

        Assert.False(scoring.Succeeded);
        Assert.Empty(scoring.AnswerProblems);
        Assert.Equal(
            $"Un nivel solo puede elevarse, nunca bajarse: «{level}» no está por encima del nivel calculado «moderado».",
            Assert.Single(scoring.OverrideProblems));
    }

    [Fact]
    public void An_override_needs_a_reason_and_a_level_of_the_instrument()
    {
        var scoring = RiskScorer.Score(Fvr.Definition, Fvr.Zero(), new RiskOverride("alto", " "));

        Assert.Equal(2, scoring.OverrideProblems.Count);
        Assert.Contains(scoring.OverrideProblems, p => p.StartsWith("Explique por qué eleva el nivel", StringComparison.Ordinal));
        Assert.Contains(scoring.OverrideProblems, p => p.StartsWith("El nivel «alto» no existe en este instrumento", StringComparison.Ordinal));
    }
}
