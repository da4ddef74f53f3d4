using GraphQL.Error;

namespace GraphQL.Language;

/// <summary>A GraphQL document's text and a name for it (shown in error messages).</summary>
public sealed class Source
{
    private int[]? _lineStarts;

    /// <summary>Creates a source from its text and an optional name.</summary>
    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        Name = name;
    }

    /// <summary>The document text.</summary>
    public string Body { get; }

    /// <summary>The name of the source, e.g. a file name.</summary>
    public string Name { get; }

    /// <summary>Converts an offset into the body into a 1-based line and column (lines end at \n, \r\n or \r).</summary>
    public SourceLocation GetLocation(int position)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Body);
        var index = Array.BinarySearch(starts, position);
        var line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(line + 1, position - starts[line] + 1);
    }

    private static int[] ComputeLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
