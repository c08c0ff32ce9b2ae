using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.People;

internal sealed class TrustedContactConfiguration : IEntityTypeConfiguration<TrustedContact>
{
    public void Configure(EntityTypeBuilder<TrustedContact> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Relation).HasMaxLength(100);
        builder.Property(c => c.Phone).HasMaxLength(40);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId);
        builder.HasIndex(c => new { c.PersonId, c.Rank });
    }
}
