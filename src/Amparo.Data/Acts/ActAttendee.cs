using Amparo.Domain.Stock;

namespace Amparo.Data.Acts;

/// <summary>A person present at an act: her signature (an image kept as a stored file), or her refusal to sign and why.</summary>
public sealed class ActAttendee
{
    public Guid Id { get; set; }

    public Guid ActId { get; set; }

    public required string FullName { get; set; }

    public string? DocumentNumber { get; set; }

    public AttendeeRole Role { get; set; }

    public Guid? SignatureFileId { get; set; }

    /// <summary>Why she did not sign, as she or the officer stated it; set exactly when there is no signature.</summary>
    public string? RefusalReason { get; set; }

    public int Rank { get; set; }
}
