using GraphQL.Types;
using Housing.Api.GraphQL;

namespace Api.Tests.GraphQL;

/// <summary>schema/housing.graphql is the reviewed contract: the running schema must print exactly that file.</summary>
public sealed class SchemaFileTests
{
    private static string SchemaFile([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "schema", "housing.graphql"));

    [Fact]
    public void The_printed_schema_is_the_reviewed_file()
    {
        var printed = SchemaPrinter.Print(HousingSchema.Build()) + "\n";
        var path = SchemaFile();
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
            File.WriteAllText(path, printed);

        Assert.True(File.Exists(path), "schema/housing.graphql is missing; run the tests with UPDATE_SNAPSHOTS=1 and review the file.");
        var reviewed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(reviewed == printed,
            "The schema changed. Run the tests with UPDATE_SNAPSHOTS=1, review the diff of schema/housing.graphql and commit it.\n" + FirstDifference(reviewed, printed));
    }

    private static string FirstDifference(string reviewed, string printed)
    {
        var a = reviewed.Split('\n');
        var b = printed.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
                return $"line {i + 1}: file has `{left}`, schema prints `{right}`";
        }

        return "";
    }
}
