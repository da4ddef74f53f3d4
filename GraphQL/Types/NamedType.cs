using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>A directive applied to a schema element, kept for extensions such as cost or authorization rules.</summary>
/// <param name="Name">The directive's name, without the @.</param>
/// <param name="Arguments">The argument values, coerced when known, otherwise as written.</param>
public sealed record AppliedDirective(string Name, IReadOnlyDictionary<string, object?> Arguments);

/// <summary>The parts shared by every schema element: description, applied directives, AST nodes and free metadata.</summary>
public abstract class SchemaElement
{
    private Dictionary<string, object?>? _metadata;
    private List<AppliedDirective>? _directives;

    /// <summary>The element's description (Markdown), or null.</summary>
    public string? Description { get; set; }

    /// <summary>Data attached by extensions (paging, authorization, cost) under keys of their choosing.</summary>
    public IDictionary<string, object?> Metadata => _metadata ??= new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>True when some extension attached metadata.</summary>
    public bool HasMetadata => _metadata is { Count: > 0 };

    /// <summary>Custom directives applied to the element (built-in ones are modelled as properties).</summary>
    public IList<AppliedDirective> AppliedDirectives => _directives ??= [];

    /// <summary>The SDL node the element was built from, when it came from SDL.</summary>
    public Node? AstNode { get; set; }

    /// <summary>Looks up metadata, returning the default when absent or of another type.</summary>
    public T? GetMetadata<T>(string key) =>
        _metadata is not null && _metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;
}

/// <summary>The base of every named type.</summary>
public abstract class NamedType : SchemaElement, INamedType
{
    /// <summary>Creates a named type.</summary>
    protected NamedType(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <inheritdoc />
    public string Name { get; internal set; }

    /// <summary>Extension nodes applied to the type in SDL, in order.</summary>
    public IList<Node> ExtensionAstNodes { get; } = [];

    /// <summary>The CLR type whose instances are values of this type, when bound to one.</summary>
    public Type? RuntimeType { get; set; }

    /// <summary>The type's name.</summary>
    public override string ToString() => Name;
}
