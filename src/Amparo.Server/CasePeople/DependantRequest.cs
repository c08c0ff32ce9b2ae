using Amparo.Domain.People;

namespace Amparo.Server.CasePeople;

public sealed record DependantRequest(
    string FullName, DependantCategory Category, DateOnly? BirthDate, string? Relationship, bool LivesWithVictim,
    bool HasSupportNetwork, string? SupportNetwork, string? Institution, string? Notes);
