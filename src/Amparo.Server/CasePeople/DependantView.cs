using Amparo.Data.People;

namespace Amparo.Server.CasePeople;

public sealed record DependantView(
    Guid Id, string FullName, string Category, DateOnly? BirthDate, string? Relationship, bool LivesWithVictim,
    bool HasSupportNetwork, string? SupportNetwork, string? Institution, string? Notes)
{
    public static DependantView From(Dependant d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.FullName, d.Category.ToString(), d.BirthDate, d.Relationship, d.LivesWithVictim, d.HasSupportNetwork, d.SupportNetwork, d.Institution, d.Notes);
    }
}
