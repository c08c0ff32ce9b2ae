using System.ComponentModel.DataAnnotations;

namespace Amparo.Data.Retention;

/// <summary>
/// How long after a case closes its records are kept, in years (none: kept for good). The tracks are the parties'
/// positions while they wore the case's devices; the personal data are names, documents, phones, addresses,
/// dependants, contacts, vehicles and app installations, which are anonymised (the case, its alarms, acts and
/// timeline stay: they are the judicial record).
/// </summary>
public sealed class RetentionRules
{
    [Range(0, 100)]
    public int? TracksYears { get; set; }

    [Range(0, 100)]
    public int? PersonalDataYears { get; set; }

    /// <summary>A jurisdiction's rule where it says one, the default's where it says none.</summary>
    public RetentionRules Over(RetentionRules fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new RetentionRules { TracksYears = TracksYears ?? fallback.TracksYears, PersonalDataYears = PersonalDataYears ?? fallback.PersonalDataYears };
    }
}
