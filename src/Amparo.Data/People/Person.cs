using Amparo.Domain.People;

namespace Amparo.Data.People;

/// <summary>A party of a case, with only the data the centre needs to reach her or him.</summary>
public sealed class Person
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public PartyRole Role { get; set; }

    public required string FullName { get; set; }

    public string? DocumentNumber { get; set; }

    /// <summary>Contact phones, in the order the operator should try them.</summary>
    public List<string> Phones { get; set; } = [];
}
