using Amparo.Data.Alarms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Dispatch;

internal sealed class DispatchRequestConfiguration : IEntityTypeConfiguration<DispatchRequest>
{
    public void Configure(EntityTypeBuilder<DispatchRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.Identifier).IsUnique();
        builder.HasIndex(r => r.AlarmId);
        builder.HasOne<Alarm>().WithMany().HasForeignKey(r => r.AlarmId);
        builder.Property(r => r.Identifier).HasMaxLength(100);
        builder.Property(r => r.Urgency).HasMaxLength(20);
        builder.Property(r => r.Severity).HasMaxLength(20);
        builder.Property(r => r.Certainty).HasMaxLength(20);
        builder.Property(r => r.Headline).HasMaxLength(300);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.SentTo).HasMaxLength(500);
        builder.Property(r => r.ExternalReference).HasMaxLength(100);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasMany(r => r.Changes).WithOne().HasForeignKey(c => c.RequestId);
    }
}
