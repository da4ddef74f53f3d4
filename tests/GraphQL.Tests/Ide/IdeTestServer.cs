using GraphQL.Cost;
using GraphQL.Http;
using GraphQL.Ide;
using GraphQL.Tests.Http;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;

namespace GraphQL.Tests.Ide;

/// <summary>A small described schema of books served with the IDE.</summary>
internal static class IdeTestServer
{
    private const string Sdl = """
        "A book in the library."
        type Book {
          id: ID!
          "The title on the cover."
          title: String!
          "Who wrote it."
          author: Author!
          "The year it was first published."
          year: Int
        }

        "Someone who writes books."
        type Author {
          name: String!
          books: [Book!]!
        }

        "What to look for."
        input BookFilter {
          title: String
          year: Int
        }

        enum Order {
          OLDEST
          NEWEST
        }

        type Query {
          "Finds one book by its id."
          book(id: ID!): Book
          "Every book, oldest first unless ordered."
          books(filter: BookFilter, order: Order): [Book!]!
          "Every author."
          authors: [Author!]!
        }
        """;

    public static Task<KestrelHost> StartAsync() =>
        KestrelHost.StartAsync(
            services => services.AddGraphQLServer(BuildSchema()),
            app => app.MapGraphQL("/graphql", o => o.UseGraphQLIde(ide => ide.Title = "Library GraphQL").UseCostAnalysis()));

    private static Schema BuildSchema()
    {
        var austen = new Dictionary<string, object?> { ["name"] = "Jane Austen" };
        var books = new List<Dictionary<string, object?>>
        {
            new() { ["id"] = "1", ["title"] = "Pride and Prejudice", ["author"] = austen, ["year"] = 1813 },
            new() { ["id"] = "2", ["title"] = "Emma", ["author"] = austen, ["year"] = 1815 },
        };
        austen["books"] = books;
        return SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "book", context => books.FirstOrDefault(b => (string?)b["id"] == context.ArgumentValue<string>("id")))
            .Resolve("Query", "books", _ => books)
            .Resolve("Query", "authors", _ => new[] { austen })
            .Build();
    }
}
