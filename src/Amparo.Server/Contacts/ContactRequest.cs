namespace Amparo.Server.Contacts;

/// <summary>One trusted contact in PUT …/contacts; without a rank, its place in the list is its rank.</summary>
public sealed record ContactRequest(string? Name, string? Relation, string? Phone, int? Rank);
