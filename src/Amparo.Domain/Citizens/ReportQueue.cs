namespace Amparo.Domain.Citizens;

/// <summary>Emergency reports and public-service reports are worked in separate queues and never mix.</summary>
public enum ReportQueue
{
    Emergency,
    PublicService,
}
