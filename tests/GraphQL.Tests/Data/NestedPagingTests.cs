using System.Text.Json;
using GraphQL.Data;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphQL.Tests.Data;

/// <summary>
/// A paged, filtered and sorted child list under a list of parents, with a DataLoader below it: the statements of a request
/// depend on the depth of the query, never on the number of parents.
/// </summary>
public sealed class NestedPagingTests
{
    /// <summary>Complex i has i % 6 disclosures, ids i*100+1…; amounts repeat so sorting by amount has ties.</summary>
    public static TestDatabase Seed(TestDatabase database)
    {
        var db = database.Seeding;
        db.Complexes.AddRange(Enumerable.Range(1, 100).Select(i => new Complex { Id = i, Name = "Complex " + i, Units = i }));
        db.Disclosures.AddRange(Enumerable.Range(1, 100).SelectMany(i => Enumerable.Range(1, i % 6).Select(j =>
            new Disclosure { Id = i * 100 + j, ComplexId = i, Title = (j % 2 == 0 ? "Repair " : "Cleaning ") + j, AmountKrw = j * 37 % 4 })));
        db.SaveChanges();
        return database;
    }

    public static RequestExecutor Executor(TestDatabase database) => new(new SchemaBuilder()
        .AddQueryType(query =>
        {
            query.Field("complexes").Argument<int>("count").Type("[Complex!]!")
                .ResolveAsync(async context =>
                {
                    var count = context.ArgumentValue<int>("count");
                    return await database.NewContext().Complexes.OrderBy(c => c.Id).Take(count).ToListAsync(context.CancellationToken);
                });
            query.Field("complex").Argument<int>("id").Type("Complex")
                .ResolveAsync(async context =>
                {
                    var id = context.ArgumentValue<int>("id");
                    return await database.NewContext().Complexes.SingleOrDefaultAsync(c => c.Id == id, context.CancellationToken);
                });
        })
        .AddObjectType<Complex>(type =>
        {
            type.Field(c => c.Disclosures)
                .UsePaging<Complex, Disclosure, int>(c => c.Id, d => d.ComplexId, d => d.Id)
                .UseFiltering<Disclosure>()
                .UseSorting<Disclosure>()
                .Resolve(_ => database.NewContext().Disclosures);
            type.Field("disclosureLines")
                .UsePaging<Complex, DisclosureLine, int>(c => c.Id, l => l.ComplexId, l => l.Id)
                .UseFiltering<DisclosureLine>()
                .UseSorting<DisclosureLine>()
                .Resolve(_ => database.NewContext().Disclosures.Select(d => new DisclosureLine { Id = d.Id, ComplexId = d.ComplexId, Label = d.Title.ToUpper() }));
        })
        .AddObjectType<Disclosure>(type => type.Field("complex").Type("Complex!").ResolveAsync(context =>
            context.BatchDataLoader<int, Complex>("complexById", async (ids, cancellationToken) =>
                    await database.NewContext().Complexes.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken))
                .LoadAsync(context.Parent<Disclosure>().ComplexId)))
        .Build());

    public const string DepthQuery =
        "{ complexes(count: COUNT) { id disclosures(first: 2, where: { amountKrw: { gt: 0 } }, order: [{ amountKrw: DESC }]) {"
        + " totalCount pageInfo { hasNextPage hasPreviousPage } nodes { id amountKrw complex { name } } } } }";

    /// <summary>The disclosures of a complex as the depth query filters and orders them, worked out in memory.</summary>
    public static List<Disclosure> Expected(TestDatabase database, int complex) =>
        [.. database.Seeding.Disclosures.AsNoTracking().Where(d => d.ComplexId == complex).AsEnumerable()
            .Where(d => d.AmountKrw > 0).OrderByDescending(d => d.AmountKrw).ThenBy(d => d.Id)];

    public static async Task<JsonElement> RunAsync(RequestExecutor executor, string query)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query });
        var json = JsonDocument.Parse(result.ToJson()).RootElement;
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json;
    }

    /// <summary>Runs the depth query for 1, 10 and 100 parents, checks every page and returns the statements each took.</summary>
    public static async Task<int[]> StatementsPerParentCountAsync(TestDatabase database)
    {
        var executor = Executor(database);
        var statements = new List<int>();
        foreach (var count in new[] { 1, 10, 100 })
        {
            var before = database.Statements.Count;
            var result = await RunAsync(executor, DepthQuery.Replace("COUNT", count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            statements.Add(database.Statements.Count - before);

            var complexes = result.GetProperty("data").GetProperty("complexes");
            Assert.Equal(count, complexes.GetArrayLength());
            foreach (var complex in complexes.EnumerateArray())
            {
                var id = complex.GetProperty("id").GetInt32();
                var expected = Expected(database, id);
                var page = complex.GetProperty("disclosures");
                Assert.Equal(expected.Take(2).Select(d => d.Id), page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
                Assert.Equal(expected.Count, page.GetProperty("totalCount").GetInt32());
                Assert.Equal(expected.Count > 2, page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
                Assert.All(page.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("Complex " + id, n.GetProperty("complex").GetProperty("name").GetString()));
            }
        }

        return [.. statements];
    }

    [Fact]
    public async Task Statements_grow_with_depth_not_with_parents()
    {
        using var database = Seed(TestDatabase.Sqlite());

        // complexes, the pages of all complexes, their counts, the complexes of all disclosures.
        Assert.Equal(new[] { 4, 4, 4 }, await StatementsPerParentCountAsync(database));
    }

    [Fact]
    public async Task Pages_of_one_parent_follow_each_other_to_the_end()
    {
        using var database = Seed(TestDatabase.Sqlite());
        var executor = Executor(database);

        var ids = new List<int>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var result = await RunAsync(executor, "{ complex(id: 5) { disclosures(first: 2" + (after is null ? "" : ", after: \"" + after + "\"") + ") {"
                + " nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } } }");
            var page = result.GetProperty("data").GetProperty("complex").GetProperty("disclosures");
            ids.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            Assert.Equal(after is not null, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            pages++;
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal([501, 502, 503, 504, 505], ids);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task A_cursor_under_a_list_applies_to_every_parent()
    {
        using var database = Seed(TestDatabase.Sqlite());
        var executor = Executor(database);
        var first = await RunAsync(executor, "{ complex(id: 3) { disclosures(first: 1) { pageInfo { endCursor } } } }");
        var cursor = first.GetProperty("data").GetProperty("complex").GetProperty("disclosures").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var result = await RunAsync(executor, "{ complexes(count: 5) { id disclosures(first: 2, after: \"" + cursor + "\") { nodes { id } } } }");

        // After disclosure 301 in id order: nothing of complexes 1 and 2, the rest of 3, the start of 4 and 5.
        Assert.Equal(
            [[], [], [302, 303], [401, 402], [501, 502]],
            result.GetProperty("data").GetProperty("complexes").EnumerateArray()
                .Select(c => c.GetProperty("disclosures").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToArray()));
    }

    [Fact]
    public async Task Last_pages_backwards_per_parent()
    {
        using var database = Seed(TestDatabase.Sqlite());

        var result = await RunAsync(Executor(database), "{ complexes(count: 6) { disclosures(last: 2) { nodes { id } pageInfo { hasPreviousPage hasNextPage } } } }");

        var pages = result.GetProperty("data").GetProperty("complexes").EnumerateArray().Select(c => c.GetProperty("disclosures")).ToList();
        Assert.Equal(
            [[101], [201, 202], [302, 303], [403, 404], [504, 505], []],
            pages.Select(p => p.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToArray()));
        Assert.Equal([false, false, true, true, true, false], pages.Select(p => p.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean()));
        Assert.All(pages, p => Assert.False(p.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()));
    }

    [Fact]
    public async Task Filters_and_sorting_apply_within_each_parent_and_totalCount_counts_the_filtered_list()
    {
        using var database = Seed(TestDatabase.Sqlite());

        var result = await RunAsync(Executor(database),
            "{ complexes(count: 5) { disclosures(where: { title: { contains: \"REPAIR\" } }, order: [{ id: DESC }]) { totalCount nodes { id } } } }");

        var pages = result.GetProperty("data").GetProperty("complexes").EnumerateArray().Select(c => c.GetProperty("disclosures")).ToList();
        Assert.Equal(
            [[], [202], [302], [404, 402], [504, 502]],
            pages.Select(p => p.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToArray()));
        Assert.Equal([0, 1, 1, 2, 2], pages.Select(p => p.GetProperty("totalCount").GetInt32()));
    }

    [Fact]
    public async Task Children_projected_to_another_type_page_per_parent_too()
    {
        using var database = Seed(TestDatabase.Sqlite());

        var result = await RunAsync(Executor(database),
            "{ complexes(count: 5) { disclosureLines(first: 1, where: { label: { startsWith: \"repair\" } }, order: [{ id: DESC }]) { totalCount nodes { id label } } } }");

        var pages = result.GetProperty("data").GetProperty("complexes").EnumerateArray().Select(c => c.GetProperty("disclosureLines")).ToList();
        Assert.Equal(
            ["", "202 REPAIR 2", "302 REPAIR 2", "404 REPAIR 4", "504 REPAIR 4"],
            pages.Select(p => string.Join(",", p.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32() + " " + n.GetProperty("label").GetString()))));
        Assert.Equal([0, 1, 1, 2, 2], pages.Select(p => p.GetProperty("totalCount").GetInt32()));
    }

    [Fact]
    public async Task Two_selections_of_the_field_are_two_batches_with_their_own_arguments()
    {
        using var database = Seed(TestDatabase.Sqlite());

        var result = await RunAsync(Executor(database), "{ complexes(count: 4) { a: disclosures(first: 1) { nodes { id } } b: disclosures(last: 1) { nodes { id } } } }");

        var complex = result.GetProperty("data").GetProperty("complexes")[3];
        Assert.Equal(401, complex.GetProperty("a").GetProperty("nodes")[0].GetProperty("id").GetInt32());
        Assert.Equal(404, complex.GetProperty("b").GetProperty("nodes")[0].GetProperty("id").GetInt32());
        Assert.Equal(3, database.Statements.Count);
    }

    [Fact]
    public async Task A_bad_cursor_fails_the_field_under_every_parent_at_its_path()
    {
        using var database = Seed(TestDatabase.Sqlite());

        var result = await Executor(database).ExecuteAsync(new GraphQLRequest { Query = "{ complexes(count: 3) { id disclosures(after: \"bm90IGEgY3Vyc29y\") { nodes { id } } } }" });
        var json = JsonDocument.Parse(result.ToJson()).RootElement;

        var errors = json.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal(CursorPaging.InvalidCursorCode, e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Equal(
            ["complexes/0/disclosures", "complexes/1/disclosures", "complexes/2/disclosures"],
            errors.Select(e => string.Join('/', e.GetProperty("path").EnumerateArray().Select(p => p.ToString()))).Order());
    }
}

/// <summary>A disclosure as a read model projects it.</summary>
public sealed class DisclosureLine
{
    public int Id { get; init; }

    public int ComplexId { get; init; }

    public string Label { get; init; } = "";
}

/// <summary>The nested paging cases on PostgreSQL: the window-function query translates and statement counts hold.</summary>
public sealed class PostgresNestedPagingTests
{
    [PostgresTheory]
    [InlineData("statements")]
    public async Task Statements_grow_with_depth_not_with_parents_on_postgres(string _)
    {
        using var database = NestedPagingTests.Seed(TestDatabase.Postgres());

        Assert.Equal(new[] { 4, 4, 4 }, await NestedPagingTests.StatementsPerParentCountAsync(database));
    }

    [PostgresTheory]
    [InlineData("first: 2", new[] { 401, 402 })]
    [InlineData("last: 2", new[] { 403, 404 })]
    [InlineData("where: { title: { contains: \"repair\" } }, order: [{ id: DESC }]", new[] { 404, 402 })]
    [InlineData("where: { label: { startsWith: \"repair\" } }, order: [{ id: DESC }]", new[] { 404, 402 }, "disclosureLines")]
    public async Task Pages_per_parent_on_postgres(string arguments, int[] fourth, string field = "disclosures")
    {
        using var database = NestedPagingTests.Seed(TestDatabase.Postgres());

        var result = await NestedPagingTests.RunAsync(NestedPagingTests.Executor(database), "{ complexes(count: 6) { " + field + "(" + arguments + ") { totalCount nodes { id } } } }");

        var complexes = result.GetProperty("data").GetProperty("complexes");
        Assert.Equal(fourth, complexes[3].GetProperty(field).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        Assert.Equal(0, complexes[5].GetProperty(field).GetProperty("nodes").GetArrayLength());
        Assert.Equal(0, complexes[5].GetProperty(field).GetProperty("totalCount").GetInt32());
    }
}
