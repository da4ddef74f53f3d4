using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    public enum DeliveryStatus
    {
        Sent,
        Notified,
        Read,
        Replied,
    }

    [Fact]
    public async Task Sdl_enums_bound_to_clr_enums_use_their_members()
    {
        DeliveryStatus? received = null;
        var schema = SchemaBuilder.FromSdl("enum DeliveryStatus { SENT NOTIFIED READ REPLIED } type Query { next(status: DeliveryStatus!): DeliveryStatus }")
            .BindRuntimeType("DeliveryStatus", typeof(DeliveryStatus))
            .Resolve("Query", "next", ctx =>
            {
                received = ctx.ArgumentValue<DeliveryStatus>("status");
                return received + 1;
            })
            .Build();
        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{ next(status: NOTIFIED) }"));
        Assert.Equal("{\"data\":{\"next\":\"READ\"}}", result.ToJson());
        Assert.Equal(DeliveryStatus.Notified, received);
    }

    [Fact]
    public void Extensions_in_sdl_merge_into_their_types()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Int }
            extend type Query { b: Int }
            enum E { X }
            extend enum E { Y }
            input I { p: Int }
            extend input I { q: Int }
            type T { t: Int }
            union U = T
            type S { s: Int }
            extend union U = S
            extend schema { mutation: M }
            type M { m: Int }
            """).Build();
        Assert.Equal(["a", "b"], schema.QueryType!.Fields.Select(f => f.Name));
        Assert.Equal(["X", "Y"], ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        Assert.Equal(["p", "q"], ((InputObjectType)schema.GetType("I")!).Fields.Select(f => f.Name));
        Assert.Equal(["T", "S"], ((UnionType)schema.GetType("U")!).Types.Select(t => t.Name));
        Assert.Equal("M", schema.MutationType!.Name);
    }

    [Fact]
    public void Unknown_types_and_resolver_coordinates_are_reported()
    {
        var unknownType = Assert.Throws<GraphQL.Error.GraphQLException>(() => SchemaBuilder.FromSdl("type Query { a: Missing }").Build());
        Assert.Equal("Unknown type: \"Missing\".", unknownType.Errors[0].Message);
        var unknownField = Assert.Throws<ArgumentException>(() => SchemaBuilder.FromSdl("type Query { a: Int }").Resolve("Query", "b", _ => 1).Build());
        Assert.StartsWith("Unknown field \"Query.b\".", unknownField.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sdl_scalars_named_like_platform_scalars_get_their_coercion()
    {
        var schema = SchemaBuilder.FromSdl("scalar Date type Query { d: Date }").Build();
        var date = (ScalarType)schema.GetType("Date")!;
        Assert.Equal(new DateOnly(2026, 1, 31), date.ParseValue("2026-01-31"));
        Assert.Null(date.SpecifiedByUrl);
        Assert.Equal("scalar Date\n\ntype Query {\n  d: Date\n}", SchemaPrinter.Print(schema));
    }
}
