namespace Amparo.Server.Citizens;

/// <summary>What a report says: its catalogue category, what happened, where, and an optional photo (JPEG, PNG or WebP, 5 MB at most).</summary>
public sealed record ReportFiling(string IdempotencyKey, string Category, string? Description, double Latitude, double Longitude, byte[]? Photo = null);
