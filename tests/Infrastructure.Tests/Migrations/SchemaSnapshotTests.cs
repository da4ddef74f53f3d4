using Housing.Infrastructure.Persistence;
using Housing.Infrastructure.Persistence.MigrationTooling;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Infrastructure.Tests.Migrations;

public sealed class SchemaSnapshotTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public void A_snapshot_of_the_model_rebuilds_a_model_with_no_differences(DatabaseProvider provider)
    {
        using var context = HousingMigrations.CreateDesignTimeContext(provider);
        var snapshot = SchemaSnapshot.Of(context.GetService<IDesignTimeModel>().Model);

        var rebuilt = MigrationScaffolder.ModelOf(context, SchemaSnapshot.FromJson(snapshot.ToJson()));

        var differences = MigrationScaffolder.Differences(context, rebuilt);
        Assert.True(differences.Count == 0, string.Join("\n", differences.Select(d => d.ToString() + " " + MigrationCodeWriter.Write([d]))));
    }
}
