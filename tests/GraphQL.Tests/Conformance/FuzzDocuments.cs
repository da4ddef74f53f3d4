using System.Text;

namespace GraphQL.Tests.Conformance;

/// <summary>Hostile and random GraphQL documents for the fuzz tests, all from a fixed seed so failures reproduce.</summary>
internal static class FuzzDocuments
{
    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "...", "|", "&", ",", "query", "mutation", "subscription",
        "fragment", "on", "dog", "name", "pet", "echo", "text", "true", "null", "FurColor", "Int", "\"s\"", "\"\"\"b\"\"\"",
        "1", "-0", "1.5e3", "01", "1.", "\\u", "#c\n", "\n", " ", "\uFEFF", "\u00e9", "\"\\uD83D\"", "__typename", "x",
    ];

    /// <summary>Corpus documents with random byte edits (flip, delete, insert, duplicate a span).</summary>
    public static IEnumerable<(string Name, string Text)> MutatedCorpus(IReadOnlyList<(string Name, byte[] Bytes)> corpus, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (name, original) = corpus[random.Next(corpus.Count)];
            var bytes = new List<byte>(original);
            var edits = 1 + random.Next(4);
            for (var e = 0; e < edits; e++)
            {
                Mutate(bytes, random);
            }

            yield return ($"{name} mutation {i}", Encoding.UTF8.GetString(bytes.ToArray()));
        }
    }

    /// <summary>Corpus documents with whole tokens inserted, deleted or swapped.</summary>
    public static IEnumerable<(string Name, string Text)> TokenEditedCorpus(IReadOnlyList<(string Name, byte[] Bytes)> corpus, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (name, original) = corpus[random.Next(corpus.Count)];
            var words = Encoding.UTF8.GetString(original).Split(' ').ToList();
            var edits = 1 + random.Next(3);
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(words.Count + 1);
                switch (random.Next(3))
                {
                    case 0:
                        words.Insert(at, Tokens[random.Next(Tokens.Length)]);
                        break;
                    case 1 when words.Count > 1:
                        words.RemoveAt(Math.Min(at, words.Count - 1));
                        break;
                    default:
                        var other = random.Next(words.Count);
                        var here = Math.Min(at, words.Count - 1);
                        (words[here], words[other]) = (words[other], words[here]);
                        break;
                }
            }

            yield return ($"{name} token edit {i}", string.Join(' ', words));
        }
    }

    /// <summary>Documents made of random tokens from the GraphQL vocabulary.</summary>
    public static IEnumerable<(string Name, string Text)> RandomTokens(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(1, 60);
            for (var t = 0; t < length; t++)
            {
                text.Append(Tokens[random.Next(Tokens.Length)]).Append(random.Next(4) == 0 ? "" : " ");
            }

            yield return ($"random tokens {i}", text.ToString());
        }
    }

    /// <summary>Documents of random characters, including control characters and lone surrogates.</summary>
    public static IEnumerable<(string Name, string Text)> RandomCharacters(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var chars = new char[random.Next(1, 200)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = random.Next(3) switch
                {
                    0 => (char)random.Next(0x20, 0x7F),
                    1 => "{}()[]:$@!.\"\\#\n"[random.Next(15)],
                    _ => (char)random.Next(0, 0xFFFF),
                };
            }

            yield return ($"random characters {i}", new string(chars));
        }
    }

    /// <summary>The hostile giants: deep nesting, huge strings, huge token counts.</summary>
    public static IEnumerable<(string Name, string Text)> Giants()
    {
        const int deep = 100_000;
        yield return ("100,000 nested selection sets", "{" + string.Concat(Enumerable.Repeat("dog {", deep)) + "name" + new string('}', deep + 1));
        yield return ("100,000 nested selection sets, unclosed", "{" + string.Concat(Enumerable.Repeat("dog {", deep)));
        yield return ("100,000 nested owner selections", "{ human " + string.Concat(Enumerable.Repeat("{ bestFriend ", deep)) + "{ name }" + new string('}', deep) + " }");
        yield return ("100,000 nested list values", "{ echo(matrix: " + new string('[', deep) + "1" + new string(']', deep) + ") }");
        yield return ("100,000 nested object values", "{ echo(complex: " + string.Concat(Enumerable.Repeat("{ requiredField: true, nested: ", deep)) + "null" + new string('}', deep) + ") }");
        yield return ("100,000 nested inline fragments", "{" + string.Concat(Enumerable.Repeat("... on Query {", deep)) + "__typename" + new string('}', deep + 1));
        yield return ("100,000 nested list types", "query Q($v: " + new string('[', deep) + "Int" + new string(']', deep) + ") { __typename }");
        yield return ("a 1 MB string", "{ echo(text: \"" + new string('a', 1024 * 1024) + "\") }");
        yield return ("a 1 MB block string", "{ echo(text: \"\"\"" + new string('b', 1024 * 1024) + "\"\"\") }");
        yield return ("a 1 MB unterminated string", "{ echo(text: \"" + new string('c', 1024 * 1024));
        yield return ("a 1 MB name", "{ " + new string('n', 1024 * 1024) + " }");
        yield return ("a 1 MB comment", "#" + new string('#', 1024 * 1024) + "\n{ __typename }");
        yield return ("a 1 MB number", "{ echo(number: " + new string('9', 1024 * 1024) + ") }");
        yield return ("200,000 fields", "{ " + string.Concat(Enumerable.Repeat("__typename ", 200_000)) + "}");
        yield return ("100,000 aliases", "{ " + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"a{i}: __typename ")) + "}");
        yield return ("100,000 directives", "{ __typename " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 100_000)) + "}");
        yield return ("100,000 arguments", "{ echo(" + string.Concat(Enumerable.Repeat("text: \"x\" ", 100_000)) + ") }");
        yield return ("100,000 variables", "query Q(" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"$v{i}: Int ")) + ") { __typename }");
        yield return ("100,000 fragments spread", "{ dog { " + string.Concat(Enumerable.Repeat("...F ", 100_000)) + "} } fragment F on Dog { name }");
        yield return ("100,000 operations", string.Concat(Enumerable.Range(0, 100_000).Select(i => $"query Q{i} {{ __typename }} ")));
        yield return ("a chain of 10,000 fragments", "{ dog { ...F0 } } " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"fragment F{i} on Dog {{ ...F{i + 1} }} ")) + "fragment F10000 on Dog { name }");
        yield return ("1,000 fragments each spreading the next twice", "{ dog { ...F0 } } " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"fragment F{i} on Dog {{ ...F{i + 1} ...F{i + 1} }} ")) + "fragment F1000 on Dog { name }");
        yield return ("1,000 conflicting overlapping fields", "{ dog { " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"x: {(i % 2 == 0 ? "name" : "nickname")} ")) + "} }");
        yield return ("1,000 overlapping nested fields", "{ " + string.Concat(Enumerable.Repeat("dog { owner { pets { name } } } ", 1_000)) + "}");
    }

    private static void Mutate(List<byte> bytes, Random random)
    {
        if (bytes.Count == 0)
        {
            bytes.Add((byte)random.Next(256));
            return;
        }

        var at = random.Next(bytes.Count);
        switch (random.Next(5))
        {
            case 0:
                bytes[at] = (byte)random.Next(256);
                break;
            case 1:
                bytes.RemoveAt(at);
                break;
            case 2:
                bytes.Insert(at, (byte)"{}()[]:$@!.\"\\#\n "[random.Next(16)]);
                break;
            case 3:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            default:
                var length = Math.Min(random.Next(1, 20), bytes.Count - at);
                bytes.InsertRange(at, bytes.GetRange(at, length));
                break;
        }
    }
}
