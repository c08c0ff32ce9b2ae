using Amparo.Data.Documents;
using Amparo.Data.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Citizens;

internal sealed class CitizenReportConfiguration : IEntityTypeConfiguration<CitizenReport>
{
    public void Configure(EntityTypeBuilder<CitizenReport> builder)
    {
        builder.ToTable("CitizenReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.IdempotencyKey).HasMaxLength(100);
        builder.Property(r => r.Category).HasMaxLength(40);
        builder.Property(r => r.Description).HasMaxLength(2000);
        builder.Property(r => r.Area).HasMaxLength(40);
        builder.Property(r => r.RegisteredBy).HasMaxLength(256);
        builder.Property(r => r.CallerName).HasMaxLength(200);
        builder.Property(r => r.CallerPhone).HasMaxLength(20);
        builder.HasIndex(r => new { r.CitizenId, r.IdempotencyKey }).IsUnique();
        builder.HasIndex(r => new { r.JurisdictionId, r.Queue, r.Status });
        builder.HasOne<CitizenAccount>().WithMany().HasForeignKey(r => r.CitizenId);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(r => r.JurisdictionId);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(r => r.PhotoId);
    }
}
