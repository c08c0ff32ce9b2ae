namespace Amparo.Domain.Registries;

/// <summary>A column of an export: its Spanish and English headers, whether it carries the victim's identity, its cell.</summary>
public sealed record RegistryColumn<TRow>(string Spanish, string English, bool VictimData, Func<TRow, object?> Cell)
{
    public string Header(bool english) => english ? English : Spanish;
}
