namespace Amparo.Server.Contacts;

public enum ContactChangeOutcome
{
    Done,
    Invalid,
    NotFound,
    Forbidden,
}

/// <summary>How replacing a party's trusted contacts ended: the contacts now on record, or what is wrong with the list offered.</summary>
public sealed record ContactChange(ContactChangeOutcome Outcome, IReadOnlyList<TrustedContactView> Contacts, IReadOnlyList<string> Problems)
{
    public static ContactChange Refused(ContactChangeOutcome outcome) => new(outcome, [], []);
}
