using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Cases;

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.ToTable("CaseEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasMaxLength(64);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Note).HasMaxLength(4000);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(e => e.CaseId);
        builder.HasIndex(e => new { e.CaseId, e.At });
    }
}
