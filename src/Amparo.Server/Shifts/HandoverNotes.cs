using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Shifts;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Shifts;

/// <summary>The notes one shift leaves the next, for the jurisdiction of the one who writes (none: the whole centre).</summary>
public sealed class HandoverNotes(IDbContextFactory<AmparoDbContext> contexts, AuditLog audit, TimeProvider time)
{
    public const int MaxLength = 4000;

    public async Task<HandoverNote?> AddAsync(UserScope author, string text, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        var note = new HandoverNote
        {
            Id = Guid.CreateVersion7(), At = time.GetUtcNow().UtcDateTime, Author = author.UserName, Text = text.Trim(),
            JurisdictionId = author.Jurisdictions is { Count: 1 } only ? only.First() : null,
        };
        await using var db = contexts.CreateDbContext();
        db.HandoverNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(author.UserName, "handover.note", "handover", note.Id.ToString(), RemoteAddress: remoteAddress, Details: note.Text), cancellationToken);
        return note;
    }

    /// <summary>Notes since <paramref name="since"/> a viewer may read: the whole centre's and her jurisdictions', newest first.</summary>
    public async Task<IReadOnlyList<HandoverNote>> SinceAsync(UserScope viewer, DateTime since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = contexts.CreateDbContext();
        var query = db.HandoverNotes.AsNoTracking().Where(n => n.At >= since);
        if (viewer.Jurisdictions is { } visible)
        {
            var list = visible.ToList();
            query = query.Where(n => n.JurisdictionId == null || list.Contains(n.JurisdictionId.Value));
        }

        var notes = await query.ToListAsync(cancellationToken);
        return notes.OrderByDescending(n => n.At).ToList();
    }
}
