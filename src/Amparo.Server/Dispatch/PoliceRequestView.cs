using Amparo.Data.Dispatch;
using Amparo.Domain.Dispatch;

namespace Amparo.Server.Dispatch;

/// <summary>A police request as the API and the console show it, with its status history.</summary>
public sealed record PoliceRequestView(
    Guid Id,
    Guid AlarmId,
    Guid CaseId,
    string Identifier,
    DispatchStatus Status,
    bool Exercise,
    double Latitude,
    double Longitude,
    double RadiusMetres,
    DateTime PositionAt,
    string Urgency,
    string Severity,
    string Certainty,
    string Headline,
    string Description,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime? SentAt,
    string? SentTo,
    string? ExternalReference,
    IReadOnlyList<PoliceStatusChangeView> History)
{
    public bool IsFinal => DispatchTransitions.IsFinal(Status);

    public static PoliceRequestView From(DispatchRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new PoliceRequestView(
            r.Id, r.AlarmId, r.CaseId, r.Identifier, r.Status, r.Exercise, r.Latitude, r.Longitude, r.RadiusMetres, r.PositionAt,
            r.Urgency, r.Severity, r.Certainty, r.Headline, r.Description, r.CreatedAt, r.CreatedBy, r.SentAt, r.SentTo, r.ExternalReference,
            r.Changes.OrderBy(c => c.Id).Select(c => new PoliceStatusChangeView(c.Status, c.At, c.Source, c.By, c.Note)).ToList());
    }
}

public sealed record PoliceStatusChangeView(DispatchStatus Status, DateTime At, string Source, string By, string? Note);
