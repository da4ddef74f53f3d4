using GraphQL.Cost;
using GraphQL.Data;
using GraphQL.Types;

namespace GraphQL.Tests.Cost;

/// <summary>Books and authors: a resolver field, a connection with filtering and sorting, a nested connection and a sliced list.</summary>
internal static class CostTestSchema
{
    public static readonly Book[] Books =
    [
        new(1, "Alpha", new Author(1, "Ann")),
        new(2, "Beta", new Author(2, "Bo")),
    ];

    public static Schema Build() => new SchemaBuilder()
        .AddCostDirectives()
        .AddType(new ObjectType<Review>().WithCost(4))
        .AddObjectType<Author>(author => author.Field("books")
            .Resolve(context => Books.Where(b => b.Author.Id == context.Parent<Author>().Id).AsQueryable())
            .UsePaging<Book, int>(b => b.Id))
        .AddQueryType(query =>
        {
            query.Field("review").Resolve(_ => new Review(5, Books[0]));
            query.Field("book").Argument<int>("id").Resolve(context => Books.FirstOrDefault(b => b.Id == context.ArgumentValue<int>("id")));
            query.Field("books").Resolve(_ => Books.AsQueryable()).UsePaging<Book, int>(b => b.Id).UseFiltering<Book>().UseSorting<Book>();
            query.Field("authors").Argument<int?>("limit").Resolve(_ => Books.Select(b => b.Author).ToList()).ListSize(slicingArguments: ["limit"]);
            query.Field("expensive").Resolve(_ => "costly").Cost(400);
            query.Field("search").Argument<string>("term", term => term.Cost(7)).Resolve(_ => Books.ToList()).ListSize(assumedSize: 3);
        })
        .Build();
}

internal sealed record Book(int Id, string Title, Author Author);

internal sealed record Author(int Id, string Name);

internal sealed record Review(int Stars, Book Book);
