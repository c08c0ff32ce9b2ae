using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Amparo.Server.Cluster;

/// <summary>
/// Configuration section <c>Amparo:Orleans</c>: how this server's silo finds the others. One server alone
/// (<see cref="OrleansClustering.Localhost"/>, the default) or several sharing one PostgreSQL database
/// (<see cref="OrleansClustering.Database"/>): each case's engine then lives on one of them, and reminders wake the
/// engines of a silo that died on the survivors.
/// </summary>
public sealed class OrleansOptions : IValidatableObject
{
    public const string Section = "Amparo:Orleans";

    public OrleansClustering Clustering { get; set; } = OrleansClustering.Localhost;

    /// <summary>Silos with the same cluster id on the same database form one cluster.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]{1,100}$")]
    public string ClusterId { get; set; } = "amparo";

    /// <summary>Stays the same across deployments: reminders belong to the service, not to one cluster's lifetime.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]{1,100}$")]
    public string ServiceId { get; set; } = "amparo";

    /// <summary>The address the other silos reach this one at (its own on the network in production).</summary>
    [Required]
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// In a cluster, how often each active case's reminder fires: after its silo is declared dead, the longest a
    /// case waits for its engine to be rebuilt on a survivor if none of its devices speaks meanwhile.
    /// </summary>
    [Range(5, 3600)]
    public int CaseReminderSeconds { get; set; } = 60;

    /// <summary>How long a silo waits for another's answer to a liveness probe; three missed ones raise suspicion.</summary>
    [Range(1, 60)]
    public int ProbeTimeoutSeconds { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IPAddress.TryParse(AdvertisedAddress, out _))
        {
            yield return new ValidationResult($"AdvertisedAddress '{AdvertisedAddress}' is not an IP address.", [nameof(AdvertisedAddress)]);
        }
    }
}
