using Amparo.Data.Acts;
using Amparo.Data.Documents;
using Amparo.Domain.Documents;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>
/// The paper of an act: its place, time and notes checked, and its people and photos made into rows, each image
/// checked by content and size (<see cref="FileUpload"/>: PNG or JPEG only) and kept as a stored file of the case.
/// </summary>
internal sealed class ActPaperwork
{
    public const int MaxPhotos = 10;
    public const int MaxAttendees = 20;
    private static readonly FileKind[] Images = [FileKind.Png, FileKind.Jpeg];

    public List<string> Problems { get; } = [];

    public List<ActAttendee> Attendees { get; } = [];

    public List<ActPhoto> Photos { get; } = [];

    public List<StoredFile> Files { get; } = [];

    public static ActPaperwork Check(FieldActRequest request, Guid actId, Guid caseId, string user, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var paper = new ActPaperwork();
        paper.CheckPlace(request, now);
        if (request.Attendees.Count is 0 or > MaxAttendees)
        {
            paper.Problems.Add($"El acta necesita entre 1 y {MaxAttendees} presentes, cada uno con su firma o su negativa a firmar.");
        }

        if (request.Photos.Count > MaxPhotos)
        {
            paper.Problems.Add($"El acta lleva a lo sumo {MaxPhotos} fotos.");
        }

        foreach (var (attendee, rank) in request.Attendees.Take(MaxAttendees).Select((a, i) => (a, i + 1)))
        {
            paper.AddAttendee(attendee, rank, actId, caseId, user, now);
        }

        foreach (var (photo, rank) in request.Photos.Take(MaxPhotos).Select((p, i) => (p, i + 1)))
        {
            if (paper.Store(photo, $"La foto {rank}", caseId, user, now) is { } file)
            {
                paper.Photos.Add(new ActPhoto { Id = Guid.CreateVersion7(), ActId = actId, FileId = file.Id, Caption = FieldText.Trimmed(photo.Caption, 500), Rank = rank });
            }
        }

        return paper;
    }

    private void CheckPlace(FieldActRequest request, DateTime now)
    {
        if (request.Party is null)
        {
            Problems.Add("Indique la parte: Aggressor (agresor) o Victim (víctima).");
        }

        if (string.IsNullOrWhiteSpace(request.Address) || request.Address.Trim().Length > 500)
        {
            Problems.Add("La dirección donde se labró el acta es obligatoria (a lo sumo 500 caracteres).");
        }

        if (request.Latitude.HasValue != request.Longitude.HasValue
            || request.Latitude is < -90 or > 90 || request.Longitude is < -180 or > 180)
        {
            Problems.Add("Las coordenadas van juntas: latitud entre -90 y 90, longitud entre -180 y 180.");
        }

        if (request.At is { } at && at.ToUniversalTime() > now.AddMinutes(5))
        {
            Problems.Add("La fecha del acta no puede ser futura.");
        }

        if (request.Notes?.Length > 4000)
        {
            Problems.Add("Las observaciones tienen a lo sumo 4000 caracteres.");
        }
    }

    private void AddAttendee(AttendeeRequest attendee, int rank, Guid actId, Guid caseId, string user, DateTime now)
    {
        var who = $"La persona presente {rank}";
        var name = FieldText.Trimmed(attendee.FullName, 200);
        if (name is null || attendee.Role is null)
        {
            Problems.Add($"{who} necesita nombre y rol (Wearer, PoliceOfficer, GenderAreaOfficer, Technician, Witness, LegalRepresentative, Other).");
        }

        var refusal = FieldText.Trimmed(attendee.RefusalReason, 1000);
        if ((attendee.Signature is null) == (refusal is null))
        {
            Problems.Add($"{who} firma (una imagen de su firma) o se niega a firmar con un motivo: una de las dos cosas.");
            return;
        }

        var signature = attendee.Signature is { } image ? Store(image, $"La firma de {name ?? who}", caseId, user, now) : null;
        Attendees.Add(new ActAttendee
        {
            Id = Guid.CreateVersion7(), ActId = actId, FullName = name ?? "", DocumentNumber = FieldText.Trimmed(attendee.DocumentNumber, 40),
            Role = attendee.Role ?? default, SignatureFileId = signature?.Id, RefusalReason = refusal, Rank = rank,
        });
    }

    private StoredFile? Store(FileRequest request, string what, Guid caseId, string user, DateTime now)
    {
        if (Decode(request.ContentBase64) is not { } content)
        {
            Problems.Add($"{what} no es un contenido base64 válido de a lo sumo {FileUpload.MaxBytes / (1024 * 1024)} MiB.");
            return null;
        }

        var (file, refusal) = FileUpload.Check(content, request.FileName ?? "imagen", Images, caseId, user, now);
        if (file is null)
        {
            Problems.Add($"{what}: {refusal}");
            return null;
        }

        Files.Add(file);
        return file;
    }

    private static byte[]? Decode(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var comma = base64.StartsWith("data:", StringComparison.Ordinal) ? base64.IndexOf(',', StringComparison.Ordinal) : -1;
        var text = comma >= 0 ? base64[(comma + 1)..] : base64;
        if (text.Length > (FileUpload.MaxBytes + 2) / 3 * 4 + 4)
        {
            return null;
        }

        var buffer = new byte[text.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
