namespace Amparo.Data.Citizens;

/// <summary>A resident registered in the municipal app with a verified mobile number.</summary>
public sealed class CitizenAccount
{
    public Guid Id { get; set; }

    /// <summary>E.164, unique.</summary>
    public required string Phone { get; set; }

    public required string FullName { get; set; }

    public DateTime VerifiedAt { get; set; }

    /// <summary>The municipality whose centre attends her alerts and reports.</summary>
    public Guid JurisdictionId { get; set; }
}
