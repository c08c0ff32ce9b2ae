namespace Amparo.Server.Security;

/// <summary>
/// What of a victim an endpoint may carry; whatever is not <see cref="None"/> is audited on every answer. Her identity
/// reaches only <see cref="Amparo.Data.Identity.AmparoRoles.VictimDataReaders"/>, where she is only
/// <see cref="Amparo.Data.Identity.AmparoRoles.VictimLocationReaders"/>; the others get it redacted or are refused.
/// </summary>
[Flags]
public enum VictimExposure
{
    None = 0,

    /// <summary>Her identity, phones, addresses, dependants, contacts or the documents that name them.</summary>
    Identity = 1,

    /// <summary>Where she is or was (a fix, a track, the centre of a zone around her home).</summary>
    Location = 2,
}
