using Amparo.Data.Documents;
using Amparo.Data.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Statistics;

internal sealed class PeriodicReportConfiguration : IEntityTypeConfiguration<PeriodicReport>
{
    public void Configure(EntityTypeBuilder<PeriodicReport> builder)
    {
        builder.ToTable("PeriodicReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Period).HasMaxLength(16);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.Language).HasMaxLength(8).HasDefaultValue(PeriodicReport.Spanish);
        builder.Property(r => r.RecordsHash).HasMaxLength(64);
        builder.Property(r => r.AnchorHash).HasMaxLength(64);
        // Once per jurisdiction, period and language: two servers running the schedule cannot both keep one.
        builder.HasIndex(r => new { r.JurisdictionId, r.Period, r.Language }).IsUnique();
        builder.HasIndex(r => r.Sha256);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(r => r.JurisdictionId);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(r => r.FileId);
        builder.HasIndex(r => r.LedgerIndex);
    }
}
