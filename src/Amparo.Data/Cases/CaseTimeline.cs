using System.Text.Json;
using Amparo.Data.Database;

namespace Amparo.Data.Cases;

/// <summary>Adds timeline entries to the unit of work that makes the change, so a change and its entry commit together.</summary>
public static class CaseTimeline
{
    /// <summary>Amparo itself, for what it does on a schedule.</summary>
    public const string System = "amparo";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static CaseEvent Record(AmparoDbContext db, Guid caseId, string kind, string actor, DateTime at, string? note = null, object? data = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = new CaseEvent
        {
            Id = Guid.CreateVersion7(),
            CaseId = caseId,
            At = at,
            Kind = kind,
            Actor = actor,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            DataJson = data is null ? null : JsonSerializer.Serialize(data, Json),
        };
        db.CaseEvents.Add(entry);
        return entry;
    }
}
