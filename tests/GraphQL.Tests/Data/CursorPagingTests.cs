using System.Text.Json;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphQL.Tests.Data;

public sealed class CursorPagingTests : IDisposable
{
    private readonly StatementCounter _statements = new();
    private readonly HousingTestDb _db;
    private readonly RequestExecutor _executor;

    public CursorPagingTests()
    {
        _db = HousingTestDb.CreateSqlite(_statements);
        _db.Complexes.AddRange(Enumerable.Range(1, 25).Select(i => new Complex { Id = i, Name = "Complex " + i, Units = i * 10 }));
        _db.SaveChanges();
        var schema = new SchemaBuilder()
            .AddQueryType(query => query.Field("complexes").UsePaging<Complex, int>(c => c.Id, new PagingOptions { MaxPageSize = 20 })
                .Resolve(_ => _db.Complexes.AsQueryable()))
            .AddObjectType<Complex>(type => type.Ignore(c => c.Disclosures))
            .Build();
        _executor = new RequestExecutor(schema);
    }

    public void Dispose() => _db.Dispose();

    private async Task<JsonElement> RunAsync(string arguments, string selection = "edges { cursor } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }")
    {
        var query = "{ complexes" + (arguments.Length == 0 ? "" : "(" + arguments + ")") + " { " + selection + " } }";
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = query });
        return JsonDocument.Parse(result.ToJson()).RootElement;
    }

    private static int[] Ids(JsonElement result) =>
        [.. result.GetProperty("data").GetProperty("complexes").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32())];

    private static JsonElement PageInfoOf(JsonElement result) => result.GetProperty("data").GetProperty("complexes").GetProperty("pageInfo");

    private static string Cursor(JsonElement result, int index) =>
        result.GetProperty("data").GetProperty("complexes").GetProperty("edges")[index].GetProperty("cursor").GetString()!;

    [Fact]
    public async Task Default_page_is_ten_in_key_order()
    {
        var result = await RunAsync("");
        Assert.Equal(Enumerable.Range(1, 10), Ids(result));
        Assert.True(PageInfoOf(result).GetProperty("hasNextPage").GetBoolean());
        Assert.False(PageInfoOf(result).GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task After_continues_where_the_page_ended_and_the_last_page_has_no_next()
    {
        var first = await RunAsync("first: 20");
        var rest = await RunAsync("first: 20, after: \"" + PageInfoOf(first).GetProperty("endCursor").GetString() + "\"");
        Assert.Equal(Enumerable.Range(21, 5), Ids(rest));
        Assert.False(PageInfoOf(rest).GetProperty("hasNextPage").GetBoolean());
        Assert.True(PageInfoOf(rest).GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Exact_page_has_no_next_page()
    {
        var all = await RunAsync("first: 20, after: \"" + Cursor(await RunAsync("first: 5"), 4) + "\"");
        Assert.Equal(Enumerable.Range(6, 20), Ids(all));
        Assert.False(PageInfoOf(all).GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Last_without_first_pages_backwards_from_the_end()
    {
        var tail = await RunAsync("last: 3");
        Assert.Equal([23, 24, 25], Ids(tail));
        Assert.True(PageInfoOf(tail).GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(PageInfoOf(tail).GetProperty("hasNextPage").GetBoolean());
        var before = await RunAsync("last: 3, before: \"" + PageInfoOf(tail).GetProperty("startCursor").GetString() + "\"");
        Assert.Equal([20, 21, 22], Ids(before));
        Assert.True(PageInfoOf(before).GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task First_and_last_take_the_end_of_the_first_page()
    {
        var result = await RunAsync("first: 5, last: 2");
        Assert.Equal([4, 5], Ids(result));
        Assert.True(PageInfoOf(result).GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Empty_list_has_no_cursors()
    {
        await _db.Complexes.ExecuteDeleteAsync();
        var result = await RunAsync("first: 5");
        Assert.Empty(Ids(result));
        Assert.Equal(JsonValueKind.Null, PageInfoOf(result).GetProperty("endCursor").ValueKind);
        Assert.False(PageInfoOf(result).GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Cursor_stays_valid_after_its_row_is_deleted()
    {
        var page = await RunAsync("first: 5");
        await _db.Complexes.Where(c => c.Id <= 5).ExecuteDeleteAsync();
        var next = await RunAsync("first: 3, after: \"" + PageInfoOf(page).GetProperty("endCursor").GetString() + "\"");
        Assert.Equal([6, 7, 8], Ids(next));
    }

    [Theory]
    [InlineData("first: 21", CursorPaging.PageSizeCode)]
    [InlineData("last: -1", CursorPaging.PageSizeCode)]
    [InlineData("after: \"bm90IGEgY3Vyc29y\"", CursorPaging.InvalidCursorCode)]
    [InlineData("after: \"%%%\"", CursorPaging.InvalidCursorCode)]
    [InlineData("before: \"WyJ4Il0=\"", CursorPaging.InvalidCursorCode)]
    public async Task Bad_page_arguments_are_coded_errors(string arguments, string code)
    {
        var result = await RunAsync(arguments);
        Assert.Equal(code, result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Total_count_is_only_queried_when_selected()
    {
        _statements.Count = 0;
        await RunAsync("first: 2", "nodes { id }");
        Assert.Equal(1, _statements.Count);
        var result = await RunAsync("first: 2", "nodes { id } totalCount");
        Assert.Equal(25, result.GetProperty("data").GetProperty("complexes").GetProperty("totalCount").GetInt32());
        Assert.Equal(3, _statements.Count);
    }

    [Fact]
    public void Schema_has_hot_chocolate_connection_shapes()
    {
        var sdl = SchemaPrinter.Print(_executor.Schema);
        Assert.Contains("  ): ComplexesConnection!", sdl, StringComparison.Ordinal);
        Assert.Contains("    before: String\n", sdl, StringComparison.Ordinal);
        Assert.Contains("type ComplexesEdge {", sdl, StringComparison.Ordinal);
        Assert.Contains("nodes: [Complex!]", sdl, StringComparison.Ordinal);
        Assert.Contains("edges: [ComplexesEdge!]", sdl, StringComparison.Ordinal);
        Assert.Contains("totalCount: Int!", sdl, StringComparison.Ordinal);
    }
}
