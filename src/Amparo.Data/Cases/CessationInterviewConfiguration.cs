using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Cases;

internal sealed class CessationInterviewConfiguration : IEntityTypeConfiguration<CessationInterview>
{
    public void Configure(EntityTypeBuilder<CessationInterview> builder)
    {
        builder.ToTable("CessationInterviews");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Institution).HasMaxLength(200);
        builder.Property(i => i.ConductedBy).HasMaxLength(256);
        builder.Property(i => i.Note).HasMaxLength(4000);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(i => i.CaseId);
        builder.HasIndex(i => new { i.CaseId, i.At });
    }
}
