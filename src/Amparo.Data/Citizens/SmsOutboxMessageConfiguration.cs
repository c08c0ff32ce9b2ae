using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Citizens;

internal sealed class SmsOutboxMessageConfiguration : IEntityTypeConfiguration<SmsOutboxMessage>
{
    public void Configure(EntityTypeBuilder<SmsOutboxMessage> builder)
    {
        builder.ToTable("SmsOutbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.To).HasMaxLength(20);
        builder.Property(m => m.Text).HasMaxLength(480);
        builder.HasIndex(m => m.CreatedAt);
    }
}
