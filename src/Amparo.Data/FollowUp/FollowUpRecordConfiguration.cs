using Amparo.Data.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.FollowUp;

internal sealed class FollowUpRecordConfiguration : IEntityTypeConfiguration<FollowUpRecord>
{
    public void Configure(EntityTypeBuilder<FollowUpRecord> builder)
    {
        builder.ToTable("FollowUps");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Institution).HasMaxLength(200);
        builder.Property(f => f.RecordedBy).HasMaxLength(256);
        builder.Property(f => f.Note).HasMaxLength(4000);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(f => f.CaseId);
        builder.HasIndex(f => new { f.CaseId, f.Kind, f.At });
    }
}
