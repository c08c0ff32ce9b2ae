using Microsoft.AspNetCore.Identity;

namespace Amparo.Data.Identity;

public sealed class AmparoUser : IdentityUser
{
    public string FullName { get; set; } = string.Empty;

    public Guid? InstitutionId { get; set; }

    /// <summary>The territory whose cases the user may see; null only for national administrators.</summary>
    public Guid? JurisdictionId { get; set; }
}
