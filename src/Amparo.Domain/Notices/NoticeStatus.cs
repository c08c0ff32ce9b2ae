namespace Amparo.Domain.Notices;

/// <summary>A notice's life: issued by the court, delivered to its recipient, acknowledged by the recipient.</summary>
public enum NoticeStatus
{
    Issued,
    Delivered,
    Acknowledged,
}
