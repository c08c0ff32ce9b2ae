namespace Amparo.Domain.Citizens;

/// <summary>A municipal area that attends a kind of report, with its name in Spanish and English.</summary>
public sealed record MunicipalArea(string Code, string Es, string En);
