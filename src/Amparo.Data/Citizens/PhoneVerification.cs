namespace Amparo.Data.Citizens;

/// <summary>One code sent by SMS to a phone being registered: its salted hash, its expiry and the tries made.</summary>
public sealed class PhoneVerification
{
    public Guid Id { get; set; }

    public required string Phone { get; set; }

    public required string FullName { get; set; }

    public required string CodeHash { get; set; }

    public required string Salt { get; set; }

    public DateTime SentAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the right code was entered; a used code never works again.</summary>
    public DateTime? VerifiedAt { get; set; }
}
