using Amparo.Domain.Risk;

namespace Amparo.Domain.Intake;

/// <summary>The programme's conditions for activation; Buenos Aires's protocol by default (seed 002).</summary>
public sealed record IntakePolicy
{
    /// <summary>"Un perímetro de restricción mínimo de 1.000 (mil) metros lineales."</summary>
    public double MinimumPerimeterMetres { get; init; } = 1_000;

    /// <summary>The programme is for high-risk situations.</summary>
    public CommonRiskLevel MinimumRisk { get; init; } = CommonRiskLevel.High;

    /// <summary>Two addresses this close are one home: the proposal is then his exclusion from it.</summary>
    public double SameHomeMetres { get; init; } = 50;
}
