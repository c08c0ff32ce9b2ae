namespace Amparo.Server.Shifts;

/// <summary>Someone with the console open, since when, and where she works (null: the whole country).</summary>
public sealed record OnDuty(string UserName, DateTime Since, IReadOnlySet<Guid>? Jurisdictions);
