namespace Amparo.Data.People;

/// <summary>Someone the centre may call for a party (usually the victim): a relative, a friend, her lawyer.</summary>
public sealed class TrustedContact
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public required string Name { get; set; }

    public string? Relation { get; set; }

    public required string Phone { get; set; }

    /// <summary>The order the operator should try them in.</summary>
    public int Rank { get; set; }
}
