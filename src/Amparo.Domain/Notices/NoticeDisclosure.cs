namespace Amparo.Domain.Notices;

/// <summary>
/// What of the victim (and of the aggressor's whereabouts) a recipient's notice may carry. Conservative: each body
/// gets only what its purpose in seed 002 needs, and the aggressor's side never gets the victim's data.
/// </summary>
public sealed record NoticeDisclosure(bool VictimName, bool VictimAddresses, bool AggressorAddresses)
{
    public static NoticeDisclosure For(NoticeRecipient recipient) => recipient switch
    {
        // A accompanies her and keeps the devices: it must reach her, so her name and addresses.
        NoticeRecipient.GenderArea => new(VictimName: true, VictimAddresses: true, AggressorAddresses: false),
        // B works with the aggressor: it must summon him; nothing of hers (aggressor side).
        NoticeRecipient.MasculinitiesProgramme => new(VictimName: false, VictimAddresses: false, AggressorAddresses: true),
        // C locates the aggressor to hand over the tracker and fit the bracelet: his address only. The police
        // role may not read her identity in Amparo either; her live protection goes through the alarms' requests.
        NoticeRecipient.PoliceHeadquarters => new(VictimName: false, VictimAddresses: false, AggressorAddresses: true),
        // D activates the devices and monitors: her protected places become zones, his address is checked against
        // the perimeter; it needs both.
        NoticeRecipient.MonitoringCentre => new(VictimName: true, VictimAddresses: true, AggressorAddresses: true),
        // E coordinates the programme: who the case is about, not where anyone lives.
        NoticeRecipient.ProgrammeCoordination => new(VictimName: true, VictimAddresses: false, AggressorAddresses: false),
        // F (Ministry of Security) only takes note: the case by its file and the aggressor; nothing of hers.
        NoticeRecipient.GenderPolicySuperintendence => new(VictimName: false, VictimAddresses: false, AggressorAddresses: false),
    };

    /// <summary>Whether the notice names or locates the victim: only roles that may read her data read it.</summary>
    public bool CarriesVictimData => VictimName || VictimAddresses;

    /// <summary>Whether a template may use this placeholder for this recipient.</summary>
    public bool Allows(string placeholder) => placeholder switch
    {
        NoticePlaceholders.VictimName => VictimName,
        NoticePlaceholders.VictimAddresses => VictimAddresses,
        NoticePlaceholders.AggressorAddresses => AggressorAddresses,
        _ => true,
    };
}
