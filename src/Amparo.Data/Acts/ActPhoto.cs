namespace Amparo.Data.Acts;

/// <summary>A photo taken at an act (the device on the ankle, its seal, the serial), kept as a stored file.</summary>
public sealed class ActPhoto
{
    public Guid Id { get; set; }

    public Guid ActId { get; set; }

    public Guid FileId { get; set; }

    public string? Caption { get; set; }

    public int Rank { get; set; }
}
