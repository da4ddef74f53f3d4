namespace GraphQL.Tests.Data;

/// <summary>The same filter and sort table as on SQLite, on PostgreSQL: text matching stays case-insensitive and every operation translates.</summary>
public sealed class PostgresFilteringSortingTests
{
    [PostgresTheory]
    [MemberData(nameof(FilteringSortingTests.FilterCases), MemberType = typeof(FilteringSortingTests))]
    [MemberData(nameof(FilteringSortingTests.SortCases), MemberType = typeof(FilteringSortingTests))]
    public async Task Filter_and_sort_cases_hold_on_postgres(string argument, int[] expected)
    {
        using var db = HousingTestDb.CreatePostgres();
        var executor = FilteringSortingTests.Seed(db);
        var name = argument.StartsWith('[') ? "order" : "where";
        Assert.Equal(expected, await FilteringSortingTests.PagedIdsAsync(executor, "first: 50, " + name + ": " + argument));
    }
}
