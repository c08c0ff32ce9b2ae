using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Citizens;

internal sealed class CitizenReportChangeConfiguration : IEntityTypeConfiguration<CitizenReportChange>
{
    public void Configure(EntityTypeBuilder<CitizenReportChange> builder)
    {
        builder.ToTable("CitizenReportChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Area).HasMaxLength(40);
        builder.Property(c => c.By).HasMaxLength(256);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.HasIndex(c => new { c.ReportId, c.At });
        builder.HasOne<CitizenReport>().WithMany().HasForeignKey(c => c.ReportId);
    }
}
