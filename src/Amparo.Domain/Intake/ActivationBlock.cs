namespace Amparo.Domain.Intake;

/// <summary>Why a case cannot be activated yet. Codes are stable; the console and the API word them.</summary>
public enum ActivationBlock
{
    /// <summary>No judicial order for electronic surveillance in force: only an order activates monitoring.</summary>
    NoOrderInForce,
    NoRiskAssessment,

    /// <summary>The latest assessment is below the high risk the programme is for.</summary>
    RiskBelowThreshold,
    ConsentPending,
    PerimeterBelowMinimum,
    NoVictimHome,
    AddressNotConfirmed,
    CoverageNotReported,
    NoCoverage,
    NoAggressorAddress,

    /// <summary>The aggressor's own address lies inside the victim's ordered perimeter.</summary>
    AggressorInsidePerimeter,
}
