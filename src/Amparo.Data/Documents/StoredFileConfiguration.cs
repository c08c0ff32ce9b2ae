using Amparo.Data.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Documents;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("StoredFiles");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.UploadedBy).HasMaxLength(256);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(f => f.CaseId);
        builder.HasIndex(f => f.CaseId);
    }
}
