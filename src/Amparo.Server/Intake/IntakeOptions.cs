using System.ComponentModel.DataAnnotations;
using Amparo.Domain.Intake;

namespace Amparo.Server.Intake;

/// <summary><c>Amparo:Intake</c>: the programme's activation conditions, Buenos Aires's protocol by default.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Amparo:Intake";

    [Range(1, 50_000)]
    public double MinimumPerimeterMetres { get; set; } = 1_000;

    [Range(1, 1_000)]
    public double SameHomeMetres { get; set; } = 50;

    /// <summary>The pre-alert band around a zone when the case's risk policy sets none, as a share of the perimeter.</summary>
    [Range(0.05, 2)]
    public double PreAlertShareOfPerimeter { get; set; } = 0.5;

    public IntakePolicy Policy => new() { MinimumPerimeterMetres = MinimumPerimeterMetres, SameHomeMetres = SameHomeMetres };
}
