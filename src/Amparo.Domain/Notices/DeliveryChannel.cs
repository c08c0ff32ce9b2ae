namespace Amparo.Domain.Notices;

/// <summary>How a notice reached its recipient.</summary>
public enum DeliveryChannel
{
    /// <summary>By hand, against a signed copy.</summary>
    Hand,
    Email,

    /// <summary>Through a case-management system (the judiciary's electronic notification, Amparo itself).</summary>
    System,
    Post,
}
