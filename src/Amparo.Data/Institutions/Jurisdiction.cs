namespace Amparo.Data.Institutions;

/// <summary>A territory (country, region, province, judicial district); a user of one sees its descendants too.</summary>
public sealed class Jurisdiction
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string CountryCode { get; set; }

    public Guid? ParentId { get; set; }
}
