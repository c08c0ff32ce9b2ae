namespace Amparo.Data.Shifts;

/// <summary>What an outgoing operator leaves for the next shift, next to the open alarms the handover page lists.</summary>
public sealed class HandoverNote
{
    public Guid Id { get; set; }

    /// <summary>The jurisdiction the note is for; null for a national centre.</summary>
    public Guid? JurisdictionId { get; set; }

    public DateTime At { get; set; }

    public required string Author { get; set; }

    public required string Text { get; set; }
}
