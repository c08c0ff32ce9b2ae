using System.Globalization;
using Amparo.Data.Integrity;
using Amparo.Domain.Integrity;

namespace Amparo.Server.Notices.Occurrences;

/// <summary>
/// The records an occurrences report shows, each with its hash: the alarms with all their actions, the police requests
/// with their changes, the timeline's entries, each map's fixes and zones; only what existed when it was issued (its
/// own timeline entry is not).
/// </summary>
internal static class OccurrenceEvidence
{
    public static IReadOnlyList<EvidenceItem> Of(OccurrenceFacts facts, DateTime issuedAt)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return
        [
            .. facts.Alarms.Where(a => a.RaisedAt < issuedAt).Select(a => new EvidenceItem("alarm", Key(a.Id), SealedRecords.HashAsIs(a, a.Actions))),
            .. facts.PoliceRequests.Where(r => r.CreatedAt < issuedAt).Select(r => new EvidenceItem("police-request", Key(r.Id), SealedRecords.Hash(r))),
            .. facts.Timeline.Where(e => e.At < issuedAt).Select(e => new EvidenceItem("case-event", Key(e.Id), SealedRecords.Hash(e))),
            .. facts.Tracks.Select(t => new EvidenceItem(OccurrenceTrack.EvidenceKind, Key(t.Alarm.Id), t.Hash())),
        ];
    }

    private static string Key(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
