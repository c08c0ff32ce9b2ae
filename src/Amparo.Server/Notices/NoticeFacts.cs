using Amparo.Data.Cases;
using Amparo.Data.People;

namespace Amparo.Server.Notices;

/// <summary>What a notice is written from: the case, its order, its measures, its parties and their current addresses.</summary>
internal sealed record NoticeFacts(
    MonitoredCase Case,
    JudicialOrder Order,
    string Place,
    TimeZoneInfo Zone,
    IReadOnlyList<ProtectionMeasure> Measures,
    Person? Victim,
    Person? Aggressor,
    IReadOnlyList<CaseAddress> VictimAddresses,
    IReadOnlyList<CaseAddress> AggressorAddresses);
