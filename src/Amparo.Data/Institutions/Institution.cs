namespace Amparo.Data.Institutions;

public sealed class Institution
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public InstitutionKind Kind { get; set; }

    public Guid JurisdictionId { get; set; }

    /// <summary>
    /// A municipality adhered to the dual-device programme (acta de adhesión signed): only then may its gender area
    /// keep devices in stock.
    /// </summary>
    public bool Adherent { get; set; }

    /// <summary>The date of the acta de adhesión.</summary>
    public DateOnly? AdheredOn { get; set; }
}
