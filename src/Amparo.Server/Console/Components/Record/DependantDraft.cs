using Amparo.Domain.People;
using Amparo.Server.CasePeople;

namespace Amparo.Server.Console.Components.Record;

/// <summary>A dependant of the victim as typed into the case file.</summary>
public sealed class DependantDraft
{
    public string FullName { get; set; } = "";

    public DependantCategory Category { get; set; } = DependantCategory.Child;

    public DateOnly? BirthDate { get; set; }

    public string? Relationship { get; set; }

    public bool LivesWithVictim { get; set; } = true;

    public bool HasSupportNetwork { get; set; }

    public string? SupportNetwork { get; set; }

    public string? Institution { get; set; }

    public string? Notes { get; set; }

    public static DependantDraft From(DependantView dependant)
    {
        ArgumentNullException.ThrowIfNull(dependant);
        return new()
        {
            FullName = dependant.FullName, Category = Enum.Parse<DependantCategory>(dependant.Category), BirthDate = dependant.BirthDate,
            Relationship = dependant.Relationship, LivesWithVictim = dependant.LivesWithVictim, HasSupportNetwork = dependant.HasSupportNetwork,
            SupportNetwork = dependant.SupportNetwork, Institution = dependant.Institution, Notes = dependant.Notes,
        };
    }

    public DependantRequest ToRequest() => new(FullName.Trim(), Category, BirthDate, FormText.OrNull(Relationship), LivesWithVictim,
        HasSupportNetwork, HasSupportNetwork ? FormText.OrNull(SupportNetwork) : null, FormText.OrNull(Institution), FormText.OrNull(Notes));
}
