using Housing.Infrastructure.Persistence;
using Housing.Infrastructure.Persistence.MigrationTooling;
using Infrastructure.Tests.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Infrastructure.Tests.Migrations;

/// <summary>A model change after the newest migration becomes a second migration that applies on top of the first.</summary>
public sealed class SecondMigrationTests
{
    [Fact]
    public async Task A_new_entity_is_scaffolded_against_the_newest_snapshot_and_applies_on_a_migrated_database()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        await connection.OpenAsync();
        using var housing = HousingMigrations.CreateDesignTimeContext(DatabaseProvider.Sqlite);
        var newestSnapshot = SchemaSnapshot.Of(housing.GetService<IDesignTimeModel>().Model);
        await using var changed = ConventionsTestContext.Create(connection);
        await ApplyAsync(changed, MigrationScaffolder.Differences(housing, null), housing.GetService<IDesignTimeModel>().Model);

        var operations = MigrationScaffolder.Differences(changed, MigrationScaffolder.ModelOf(changed, newestSnapshot));
        var code = MigrationCodeWriter.Write(operations);
        await ApplyAsync(changed, operations, changed.GetService<IDesignTimeModel>().Model);

        Assert.Equal(["Parcel", "ParcelLabel"], operations.OfType<CreateTableOperation>().Select(t => t.Name).Order());
        Assert.Contains("migrationBuilder.CreateTable(\n    name: \"ParcelLabel\"", code.ReplaceLineEndings("\n"));
        Assert.Contains("table.ForeignKey(name: \"FK_ParcelLabel_Parcel_ParcelId\", column: x => x.ParcelId, principalTable: \"Parcel\", principalColumn: \"Id\");", code);
        Assert.Contains("migrationBuilder.CreateIndex(name: \"IX_ParcelLabel_ParcelId\", table: \"ParcelLabel\", columns: new[] { \"ParcelId\" });", code);
        var expected = DatabaseSchema.Of(changed.GetService<IDesignTimeModel>().Model.GetRelationalModel());
        var differences = expected.DifferencesFrom(await DatabaseSchema.ReadSqliteAsync(connection));
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static async Task ApplyAsync(DbContext context, IReadOnlyList<MigrationOperation> operations, IModel model)
    {
        foreach (var command in context.GetService<IMigrationsSqlGenerator>().Generate(operations, model))
            await context.Database.ExecuteSqlRawAsync(command.CommandText);
    }

    [Fact]
    public void Column_changes_are_written_as_migration_builder_calls_with_types_and_old_values()
    {
        MigrationOperation[] operations =
        [
            new AddColumnOperation { Table = "Complexes", Name = "Phone", ClrType = typeof(string), ColumnType = "TEXT", MaxLength = 40, IsNullable = true },
            new AlterColumnOperation
            {
                Table = "Complexes", Name = "Name", ClrType = typeof(string), ColumnType = "TEXT", MaxLength = 300,
                OldColumn = new AddColumnOperation { ClrType = typeof(string), ColumnType = "TEXT", MaxLength = 200 },
            },
            new DropColumnOperation { Table = "Complexes", Name = "Fax" },
            new RenameColumnOperation { Table = "Complexes", Name = "Tel", NewName = "OfficePhone" },
            new DropIndexOperation { Table = "Complexes", Name = "IX_Complexes_Fax" },
            new SqlOperation { Sql = "UPDATE \"Complexes\" SET \"Phone\" = '02-2670-3114';" },
        ];

        var code = MigrationCodeWriter.Write(operations).ReplaceLineEndings("\n");

        Assert.Equal(
            """
            migrationBuilder.AddColumn<string>(name: "Phone", table: "Complexes", type: "TEXT", maxLength: 40, nullable: true);

            migrationBuilder.AlterColumn<string>(name: "Name", table: "Complexes", type: "TEXT", maxLength: 300, nullable: false, oldClrType: typeof(string), oldType: "TEXT", oldMaxLength: 200, oldNullable: false);

            migrationBuilder.DropColumn(name: "Fax", table: "Complexes");

            migrationBuilder.RenameColumn(name: "Tel", table: "Complexes", newName: "OfficePhone");

            migrationBuilder.DropIndex(name: "IX_Complexes_Fax", table: "Complexes");

            migrationBuilder.Sql("UPDATE \"Complexes\" SET \"Phone\" = '02-2670-3114';");

            """,
            code);
    }

    [Fact]
    public void An_operation_the_writer_does_not_know_is_refused_by_name()
    {
        var failure = Assert.Throws<NotSupportedException>(() => MigrationCodeWriter.Write([new CreateSequenceOperation { Name = "Numbers", ClrType = typeof(long) }]));

        Assert.Contains("CreateSequenceOperation", failure.Message);
    }
}
