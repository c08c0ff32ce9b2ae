using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Citizens;

internal sealed class PhoneVerificationConfiguration : IEntityTypeConfiguration<PhoneVerification>
{
    public void Configure(EntityTypeBuilder<PhoneVerification> builder)
    {
        builder.ToTable("PhoneVerifications");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Phone).HasMaxLength(20);
        builder.Property(v => v.FullName).HasMaxLength(200);
        builder.Property(v => v.CodeHash).HasMaxLength(64);
        builder.Property(v => v.Salt).HasMaxLength(32);
        builder.HasIndex(v => new { v.Phone, v.SentAt });
    }
}
