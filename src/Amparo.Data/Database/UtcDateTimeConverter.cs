using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Amparo.Data.Database;

/// <summary>Every time in Amparo is UTC; SQLite forgets the kind, so it is restored on read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
