using Amparo.Data.Cases;
using Amparo.Data.Documents;
using Amparo.Data.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Notices;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("Notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Court).HasMaxLength(200);
        builder.Property(n => n.Number).HasMaxLength(40);
        builder.Property(n => n.IssuedBy).HasMaxLength(256);
        builder.Property(n => n.Sha256).HasMaxLength(64);
        builder.Property(n => n.DeliveredBy).HasMaxLength(256);
        builder.Property(n => n.DeliveryNote).HasMaxLength(2000);
        builder.Property(n => n.AcknowledgedBy).HasMaxLength(256);
        builder.Property(n => n.AcknowledgedRole).HasMaxLength(200);
        builder.Property(n => n.AcknowledgementNote).HasMaxLength(2000);
        builder.Property(n => n.DeliveryRecordedBy).HasMaxLength(256);
        builder.Property(n => n.AcknowledgementRecordedBy).HasMaxLength(256);
        builder.Property(n => n.RecordsHash).HasMaxLength(64);
        builder.Property(n => n.AnchorHash).HasMaxLength(64);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(n => n.CaseId);
        builder.HasOne<JudicialOrder>().WithMany().HasForeignKey(n => n.OrderId);
        builder.HasOne<Institution>().WithMany().HasForeignKey(n => n.RecipientInstitutionId);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(n => n.FileId);
        // The number is unique: one sequence per court and year.
        builder.HasIndex(n => new { n.Court, n.Year, n.Sequence }).IsUnique();
        builder.HasIndex(n => new { n.CaseId, n.IssuedAt });
        builder.HasIndex(n => n.LedgerIndex);
        builder.HasIndex(n => n.Sha256);
    }
}
