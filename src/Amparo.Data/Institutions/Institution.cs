namespace Amparo.Data.Institutions;

public sealed class Institution
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public InstitutionKind Kind { get; set; }

    public Guid JurisdictionId { get; set; }
}
