using Amparo.Data.FollowUp;

namespace Amparo.Server.FollowUps;

/// <summary>A follow-up done; its note only for roles that may read the victim's data (a round's note describes her home).</summary>
public sealed record FollowUpRecordView(Guid Id, string Kind, string Outcome, DateTime At, string? Institution, string RecordedBy, string? Note)
{
    public static FollowUpRecordView From(FollowUpRecord record, bool seesVictimData)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Id, record.Kind.ToString(), record.Outcome.ToString(), record.At, record.Institution, record.RecordedBy,
            seesVictimData ? record.Note : null);
    }
}
