using Housing.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Housing.Infrastructure.Persistence.Conventions;

/// <summary>
/// Rules every mapped type follows, applied after the area configurations so that no area has to repeat them:
/// enums as strings, Guid keys assigned by the domain (never by the database), and the aggregate's
/// <see cref="AggregateRoot.Version"/> as its optimistic concurrency token.
/// </summary>
public static class HousingModelConventions
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in AllProperties(entityType))
                StoreEnumAsString(property);

            var primaryKey = entityType.FindPrimaryKey();
            if (primaryKey is not null)
                foreach (var keyProperty in primaryKey.Properties.Where(p => p.ClrType == typeof(Guid)))
                    keyProperty.ValueGenerated = ValueGenerated.Never;

            if (entityType.BaseType is null && !entityType.IsOwned() && typeof(AggregateRoot).IsAssignableFrom(entityType.ClrType))
                entityType.FindProperty(nameof(AggregateRoot.Version))!.IsConcurrencyToken = true;
        }
    }

    private static void StoreEnumAsString(IMutableProperty property)
    {
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (type.IsEnum && property.GetValueConverter() is null && property.GetProviderClrType() is null)
            property.SetProviderClrType(typeof(string));
    }

    private static IEnumerable<IMutableProperty> AllProperties(IMutableEntityType entityType) =>
        entityType.GetDeclaredProperties().Concat(entityType.GetDeclaredComplexProperties().SelectMany(c => AllProperties(c.ComplexType)));

    private static IEnumerable<IMutableProperty> AllProperties(IMutableComplexType complexType) =>
        complexType.GetDeclaredProperties().Concat(complexType.GetDeclaredComplexProperties().SelectMany(c => AllProperties(c.ComplexType)));
}
