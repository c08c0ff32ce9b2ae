using Amparo.Data.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Cases;

internal sealed class JudicialOrderConfiguration : IEntityTypeConfiguration<JudicialOrder>
{
    public void Configure(EntityTypeBuilder<JudicialOrder> builder)
    {
        builder.ToTable("JudicialOrders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Court).HasMaxLength(200);
        builder.Property(o => o.Judge).HasMaxLength(200);
        builder.Property(o => o.FileNumber).HasMaxLength(80);
        builder.Property(o => o.Notes).HasMaxLength(4000);
        builder.Property(o => o.RecordedBy).HasMaxLength(256);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(o => o.CaseId);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(o => o.DocumentFileId);
        builder.HasIndex(o => new { o.CaseId, o.IssuedOn });
    }
}
