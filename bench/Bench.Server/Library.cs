using System.Security.Cryptography;
using System.Text;
using GraphQL.Types;

namespace Bench.Server;

/// <summary>The benchmark's schema and data: 20 authors of 3 books each, as bench/node-server/data.mjs.</summary>
public static class Library
{
    public const string Sdl = """
        type Query { authors: [Author!]! }
        type Author { id: ID! name: String! md5: String! company: String! books: [Book!]! }
        type Book { id: ID! name: String! numPages: Int! }
        """;

    public static IReadOnlyList<Author> Authors { get; } =
    [
        .. Enumerable.Range(1, 20).Select(a => new Author(
            $"author-{a}",
            $"Author {a}",
            $"Company {((a - 1) % 4) + 1}",
            [.. Enumerable.Range(1, 3).Select(b => new Book($"book-{a}-{b}", $"Book {b} by Author {a}", 100 + (a * 10) + b))])),
    ];

    public static Schema BuildSchema() => SchemaBuilder.FromSdl(Sdl)
        .Resolve("Query", "authors", _ => Authors)
        .Resolve("Author", "md5", context => Md5(context.Parent<Author>().Name))
        .Build();

    // Computed on every request, as the benchmark asks, so the work is the same as the node server's.
    private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
}

public sealed record Author(string Id, string Name, string Company, IReadOnlyList<Book> Books);

public sealed record Book(string Id, string Name, int NumPages);
