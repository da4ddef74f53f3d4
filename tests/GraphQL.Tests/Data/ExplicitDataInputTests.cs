using System.Text.Json;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.Data;

/// <summary>A week of a year, a struct the schema carries as the scalar <c>Week</c> (<c>"2026-W05"</c>), ordered like time.</summary>
public readonly record struct Week(int Year, int Number) : IComparable<Week>
{
    public int CompareTo(Week other) => (Year, Number).CompareTo((other.Year, other.Number));

    public static bool operator <(Week a, Week b) => a.CompareTo(b) < 0;

    public static bool operator >(Week a, Week b) => a.CompareTo(b) > 0;

    public static bool operator <=(Week a, Week b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Week a, Week b) => a.CompareTo(b) >= 0;

    public override string ToString() => Year + "-W" + Number.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    public static Week Parse(string text) => new(int.Parse(text[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(text[6..], System.Globalization.CultureInfo.InvariantCulture));
}

public sealed class WeekScalar() : ScalarType("Week", "A week of a year, e.g. `2026-W05`.")
{
    public override object Serialize(object value) => value.ToString()!;

    public override object ParseValue(object value) => Week.Parse((string)value);

    public override object ParseLiteral(ValueNode literal) => Week.Parse(((StringValueNode)literal).Value);

    public override ValueNode? ValueToLiteral(object value) => new StringValueNode { Value = value.ToString()! };
}

public sealed class Reading
{
    public int Id { get; init; }

    public Guid MeterId { get; init; }

    public Week Week { get; init; }

    public int Value { get; init; }

    public string Label { get; init; } = "";

    public List<Disclosure> Attachments { get; init; } = [];
}

public sealed class Meter
{
    public int Id { get; init; }

    public Guid Secret { get; init; }

    public string Name { get; init; } = "";
}

public sealed class ExplicitDataInputTests
{
    private static readonly Guid MeterA = Guid.Parse("00000000-0000-0000-0000-0000000000aa");

    private static readonly List<Reading> Readings =
    [
        .. new[] { 30, 10, 50, 20, 40 }.Select((value, i) => new Reading { Id = i + 1, MeterId = MeterA, Week = new Week(2026, i + 1), Value = value, Label = "r" + (i + 1) }),
    ];

    private static void Offered(DataInputDescriptor<Reading> fields) => fields.BindFieldsExplicitly().Field(r => r.Week).Field(r => r.Value);

    private static readonly RequestExecutor Executor = new(new SchemaBuilder()
        .BindScalar(typeof(Week), new WeekScalar())
        .AddQueryType(query =>
        {
            query.Field("readings").UsePaging<Reading, int>(r => r.Id)
                .UseFiltering<Reading>(Offered)
                .UseSorting<Reading>(order => Offered(order.DefaultOrder(r => r.Week, descending: true)))
                .Resolve(_ => Readings.AsQueryable());
            query.Field("meters").Type("[Meter!]!")
                .UseFiltering<Meter>(fields => fields.Ignore(m => m.Secret))
                .UseSorting<Meter>(fields => fields.Ignore(m => m.Secret))
                .Resolve(_ => new[] { new Meter { Id = 1, Name = "b" }, new Meter { Id = 2, Name = "a" } }.AsQueryable());
        })
        .AddObjectType<Reading>(type => type.Ignore(r => r.Attachments))
        .AddObjectType<Meter>()
        .Build());

    private static async Task<JsonElement> RunAsync(string query)
    {
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query });
        return JsonDocument.Parse(result.ToJson()).RootElement;
    }

    private static async Task<string[]> WeeksAsync(string arguments)
    {
        var body = await RunAsync("{ readings(" + arguments + ") { nodes { week } } }");
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return [.. body.GetProperty("data").GetProperty("readings").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("week").GetString()!)];
    }

    private static string[] Fields(string typeName) =>
        [.. ((InputObjectType)Executor.Schema.GetType(typeName)!).Fields.Select(f => f.Name)];

    [Fact]
    public void Bound_explicitly_the_inputs_offer_only_the_named_members_and_ignored_members_are_left_out()
    {
        Assert.Equal(["and", "or", "week", "value"], Fields("ReadingFilterInput"));
        Assert.Equal(["week", "value"], Fields("ReadingSortInput"));
        Assert.Equal(["and", "or", "id", "name"], Fields("MeterFilterInput"));
        Assert.Equal(["id", "name"], Fields("MeterSortInput"));
        Assert.Null(Executor.Schema.GetType("UuidOperationFilterInput"));
    }

    [Fact]
    public void A_struct_bound_to_a_scalar_filters_as_that_scalar_with_equality_lists_and_order()
    {
        Assert.Equal("WeekOperationFilterInput", ((InputObjectType)Executor.Schema.GetType("ReadingFilterInput")!).Fields["week"]!.Type.NamedType().Name);
        Assert.Equal(["and", "or", "eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"], Fields("WeekOperationFilterInput"));
        Assert.Equal("Week", ((InputObjectType)Executor.Schema.GetType("WeekOperationFilterInput")!).Fields["eq"]!.Type.NamedType().Name);
    }

    [Theory]
    [InlineData("where: { week: { eq: \"2026-W03\" } }", new[] { "2026-W03" })]
    [InlineData("where: { week: { neq: \"2026-W03\" } }", new[] { "2026-W05", "2026-W04", "2026-W02", "2026-W01" })]
    [InlineData("where: { week: { gt: \"2026-W03\" } }", new[] { "2026-W05", "2026-W04" })]
    [InlineData("where: { week: { gte: \"2026-W02\", lt: \"2026-W04\" } }", new[] { "2026-W03", "2026-W02" })]
    [InlineData("where: { week: { lte: \"2026-W01\" } }", new[] { "2026-W01" })]
    [InlineData("where: { week: { in: [\"2026-W01\", \"2026-W05\", \"2027-W01\"] } }", new[] { "2026-W05", "2026-W01" })]
    [InlineData("where: { or: [{ week: { eq: \"2026-W01\" } }, { value: { gte: 50 } }] }", new[] { "2026-W03", "2026-W01" })]
    public async Task Filters_on_the_scalar_struct_select_the_weeks(string arguments, string[] expected) =>
        Assert.Equal(expected, await WeeksAsync(arguments));

    [Fact]
    public async Task Without_an_order_the_default_order_applies_and_a_clients_order_replaces_it()
    {
        Assert.Equal(["2026-W05", "2026-W04", "2026-W03", "2026-W02", "2026-W01"], await WeeksAsync("first: 10"));
        Assert.Equal(["2026-W02", "2026-W04", "2026-W01", "2026-W05", "2026-W03"], await WeeksAsync("order: [{ value: ASC }]"));
        Assert.Equal(["2026-W01", "2026-W02"], await WeeksAsync("first: 2, order: [{ week: ASC }]"));
    }

    [Fact]
    public async Task Cursors_of_the_scalar_struct_page_forward_and_back()
    {
        var first = await RunAsync("{ readings(first: 2) { nodes { week } pageInfo { endCursor } } }");
        var cursor = first.GetProperty("data").GetProperty("readings").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        Assert.Equal(["2026-W03", "2026-W02"], await WeeksAsync("first: 2, after: \"" + cursor + "\""));
        Assert.Equal(["2026-W05"], await WeeksAsync("last: 2, before: \"" + cursor + "\""));
    }

    [Fact]
    public async Task A_member_that_is_not_offered_is_refused_by_validation()
    {
        var byId = await RunAsync("{ readings(where: { meterId: { eq: \"00000000-0000-0000-0000-0000000000aa\" } }) { nodes { week } } }");
        var byLabel = await RunAsync("{ readings(order: [{ label: ASC }]) { nodes { week } } }");

        Assert.Contains("meterId", byId.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Contains("label", byLabel.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Two_fields_generating_one_input_with_different_members_fail_the_schema_build_naming_both()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SchemaBuilder()
            .AddQueryType(query =>
            {
                query.Field("all").Type("[Meter!]!").UseFiltering<Meter>().Resolve(_ => Array.Empty<Meter>());
                query.Field("some").Type("[Meter!]!").UseFiltering<Meter>(fields => fields.BindFieldsExplicitly().Field(m => m.Name)).Resolve(_ => Array.Empty<Meter>());
            })
            .AddObjectType<Meter>()
            .Build());

        Assert.Contains("MeterFilterInput", error.Message);
        Assert.Contains("secret", error.Message);
    }

    [Fact]
    public void A_member_given_that_is_not_a_property_of_the_node_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new DataInputDescriptor<Reading>().Field(r => r.Value + 1));

        Assert.Contains("Give a property of Reading", error.Message);
    }
}
