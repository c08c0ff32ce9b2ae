using Amparo.Data.Cases;
using Amparo.Data.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Reports;

internal sealed class OccurrenceReportConfiguration : IEntityTypeConfiguration<OccurrenceReport>
{
    public void Configure(EntityTypeBuilder<OccurrenceReport> builder)
    {
        builder.ToTable("OccurrenceReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.IssuedBy).HasMaxLength(256);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(r => r.CaseId);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(r => r.FileId);
        builder.HasIndex(r => new { r.CaseId, r.IssuedAt });
        builder.Property(r => r.RecordsHash).HasMaxLength(64);
        builder.Property(r => r.AnchorHash).HasMaxLength(64);
        builder.HasIndex(r => r.Sha256);
        builder.HasIndex(r => r.LedgerIndex);
    }
}
