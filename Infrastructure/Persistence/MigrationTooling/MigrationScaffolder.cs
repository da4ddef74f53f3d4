using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Housing.Infrastructure.Persistence.MigrationTooling;

/// <summary>
/// Our stand-in for <c>dotnet ef migrations add</c> (the EF Design package is not available here): diffs the
/// context's current model against the target model of its newest migration with EF's
/// <see cref="IMigrationsModelDiffer"/>, and writes the difference as a migration class plus a designer file
/// holding the new <see cref="SchemaSnapshot"/>.
/// </summary>
public static class MigrationScaffolder
{
    /// <summary>The operations a new migration would need; empty when the migrations cover the model.</summary>
    public static IReadOnlyList<MigrationOperation> PendingOperations(DbContext context) => Differences(context, LatestTargetModel(context));

    /// <summary>The migration that takes the newest migration's schema to the current model, or null when nothing changed.</summary>
    public static ScaffoldedMigration? Scaffold(DbContext context, string name, string migrationsNamespace, DateTimeOffset now)
    {
        if (!IsIdentifier(name))
            throw new ArgumentException($"A migration name is a C# identifier such as AddComplexPhone; '{name}' is not.", nameof(name));
        var differ = context.GetService<IMigrationsModelDiffer>();
        var previous = LatestTargetModel(context)?.GetRelationalModel();
        var current = CurrentModel(context);
        var up = differ.GetDifferences(previous, current.GetRelationalModel());
        if (up.Count == 0)
            return null;
        var down = differ.GetDifferences(current.GetRelationalModel(), previous);
        var id = $"{now.UtcDateTime:yyyyMMddHHmmss}_{name}";
        var contextType = context.GetType();
        return new ScaffoldedMigration(
            id,
            MigrationCode(name, migrationsNamespace, up, down),
            DesignerCode(id, name, migrationsNamespace, contextType, SchemaSnapshot.Of(current)));
    }

    private static IModel CurrentModel(DbContext context) => context.GetService<IDesignTimeModel>().Model;

    private static IModel? LatestTargetModel(DbContext context)
    {
        var migrations = context.GetService<IMigrationsAssembly>();
        var latest = migrations.Migrations.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Value).LastOrDefault();
        if (latest is null)
            return null;
        var target = migrations.CreateMigration(latest, context.Database.ProviderName!).TargetModel;
        return target is null ? null : Initialize(context, target);
    }

    /// <summary>The model a snapshot describes, ready for diffing with the context's provider.</summary>
    public static IModel ModelOf(DbContext context, SchemaSnapshot snapshot)
    {
        var modelBuilder = new ModelBuilder();
        SchemaSnapshotModel.Build(modelBuilder, snapshot);
        return Initialize(context, (IModel)modelBuilder.Model);
    }

    /// <summary>The operations that take the schema of <paramref name="source"/> to the context's current model.</summary>
    public static IReadOnlyList<MigrationOperation> Differences(DbContext context, IModel? source) =>
        context.GetService<IMigrationsModelDiffer>().GetDifferences(source?.GetRelationalModel(), CurrentModel(context).GetRelationalModel());

    private static IModel Initialize(DbContext context, IModel model)
    {
        var finalized = model is IMutableModel mutable ? mutable.FinalizeModel() : model;
        return context.GetService<IModelRuntimeInitializer>().Initialize(finalized, designTime: true, validationLogger: null);
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static string MigrationCode(string name, string migrationsNamespace, IReadOnlyList<MigrationOperation> up, IReadOnlyList<MigrationOperation> down) =>
        $$"""
        // Written by `dotnet run --project Api -- migrations add {{name}}`; edit only to add data steps.
        using Microsoft.EntityFrameworkCore.Migrations;

        #nullable disable

        namespace {{migrationsNamespace}};

        public partial class {{name}} : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
        {{Indent(MigrationCodeWriter.Write(up), 8)}}
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
        {{Indent(MigrationCodeWriter.Write(down), 8)}}
            }
        }

        """;

    private static string DesignerCode(string id, string name, string migrationsNamespace, Type contextType, SchemaSnapshot snapshot) =>
        $$""""
        // Written by `dotnet run --project Api -- migrations add {{name}}`: the schema after this migration.
        using Housing.Infrastructure.Persistence.MigrationTooling;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        #nullable disable

        namespace {{migrationsNamespace}};

        [DbContext(typeof(global::{{contextType.FullName}}))]
        [Migration("{{id}}")]
        public partial class {{name}}
        {
            protected override void BuildTargetModel(ModelBuilder modelBuilder) =>
                SchemaSnapshotModel.Build(modelBuilder, SchemaSnapshot.FromJson(Schema));

            private const string Schema = """
        {{Indent(snapshot.ToJson(), 8)}}
                """;
        }

        """";

    private static string Indent(string text, int spaces)
    {
        var pad = new string(' ', spaces);
        var lines = text.TrimEnd('\r', '\n').Split('\n');
        var result = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) result.Append('\n');
            if (lines[i].Length > 0) result.Append(pad).Append(lines[i].TrimEnd('\r'));
        }
        return result.ToString();
    }
}

/// <summary>A migration ready to be written: <c>{Id}.cs</c> with the steps and <c>{Id}.Designer.cs</c> with the schema snapshot.</summary>
public sealed record ScaffoldedMigration(string Id, string MigrationCode, string DesignerCode);
