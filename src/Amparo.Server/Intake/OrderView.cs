using Amparo.Data.Cases;

namespace Amparo.Server.Intake;

public sealed record OrderView(
    Guid Id, string Kind, string Court, string Judge, string FileNumber, DateOnly IssuedOn, DateOnly? EndsOn, DateOnly? ReleasedOn, double? PerimeterMetres,
    Guid? DocumentFileId, string? Notes, string RecordedBy, DateTime RecordedAt)
{
    public static OrderView From(JudicialOrder o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.Id, o.Kind.ToString(), o.Court, o.Judge, o.FileNumber, o.IssuedOn, o.EndsOn, o.ReleasedOn, o.PerimeterMetres, o.DocumentFileId, o.Notes, o.RecordedBy, o.RecordedAt);
    }
}
