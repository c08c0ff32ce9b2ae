using System.Text.Json;
using Amparo.Data.Cases;

namespace Amparo.Server.Intake;

/// <summary>One timeline entry as the API gives it: the kind's code, who, when, the note and the facts.</summary>
public sealed record TimelineEntryView(Guid Id, DateTime At, string Kind, string Actor, string? Note, JsonElement? Data)
{
    public static TimelineEntryView From(CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.At, e.Kind, e.Actor, e.Note, e.DataJson is { } json ? Parse(json) : null);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
