namespace Amparo.Server.Intake;

/// <summary>A party as the order names her or him.</summary>
public sealed record PartyInput(string FullName, string? DocumentNumber, IReadOnlyList<string>? Phones);
