using System.Collections;
using GraphQL.Execution;

namespace GraphQL.Types;

/// <summary>An ordered collection of named definitions with lookup by name.</summary>
/// <typeparam name="T">The definition type.</typeparam>
public sealed class NamedCollection<T> : IReadOnlyList<T>
    where T : class
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);
    private readonly Func<T, string> _nameOf;

    internal NamedCollection(Func<T, string> nameOf) => _nameOf = nameOf;

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>Adds a definition; a definition with the same name is replaced in place.</summary>
    public void Add(T item)
    {
        var name = _nameOf(item);
        if (_byName.TryGetValue(name, out var existing))
        {
            _items[_items.IndexOf(existing)] = item;
        }
        else
        {
            _items.Add(item);
        }

        _byName[name] = item;
    }

    /// <summary>Removes the definition with the given name.</summary>
    public bool Remove(string name)
    {
        if (!_byName.Remove(name, out var existing))
        {
            return false;
        }

        _items.Remove(existing);
        return true;
    }

    /// <summary>Finds a definition by name.</summary>
    public T? this[string name] => _byName.GetValueOrDefault(name);

    /// <summary>Finds a definition by name.</summary>
    public bool TryGet(string name, out T item) => _byName.TryGetValue(name, out item!);

    /// <summary>True when a definition has the name.</summary>
    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>An object or interface type: a type with fields that may implement interfaces.</summary>
public abstract class FieldsType : NamedType, ICompositeType
{
    /// <summary>Creates the type.</summary>
    protected FieldsType(string name)
        : base(name)
    {
    }

    /// <summary>The fields in declaration order.</summary>
    public NamedCollection<FieldDefinition> Fields { get; } = new(f => f.Name);

    /// <summary>The interfaces the type implements, in declaration order.</summary>
    public IList<InterfaceType> Interfaces { get; } = new List<InterfaceType>();

    /// <summary>Finds a field by name.</summary>
    public FieldDefinition? GetField(string name) => Fields[name];

    /// <summary>Adds a field and returns it.</summary>
    public FieldDefinition AddField(FieldDefinition field)
    {
        Fields.Add(field);
        return field;
    }

    /// <summary>Adds a field of the given name and type and returns it.</summary>
    public FieldDefinition AddField(string name, IGraphQLType type, FieldResolver? resolver = null) =>
        AddField(new FieldDefinition(name, type) { Resolver = resolver });
}

/// <summary>An object type: a concrete type with fields.</summary>
public class ObjectType : FieldsType, IOutputType
{
    /// <summary>Creates an object type.</summary>
    public ObjectType(string name)
        : base(name)
    {
    }

    /// <summary>Decides whether a runtime value belongs to this type, for abstract type resolution.</summary>
    public Func<object, IResolverContext, bool>? IsTypeOf { get; set; }
}

/// <summary>An interface type: a set of fields implemented by objects and other interfaces.</summary>
public class InterfaceType : FieldsType, IAbstractType
{
    /// <summary>Creates an interface type.</summary>
    public InterfaceType(string name)
        : base(name)
    {
    }

    /// <inheritdoc />
    public Func<object, IResolverContext, ObjectType?>? ResolveType { get; set; }
}

/// <summary>A union type: one of several object types.</summary>
public class UnionType : NamedType, IAbstractType
{
    /// <summary>Creates a union type.</summary>
    public UnionType(string name)
        : base(name)
    {
    }

    /// <summary>The member types in declaration order.</summary>
    public IList<ObjectType> Types { get; } = new List<ObjectType>();

    /// <inheritdoc />
    public Func<object, IResolverContext, ObjectType?>? ResolveType { get; set; }
}

/// <summary>An input object type: a structured argument value.</summary>
public class InputObjectType : NamedType, IInputType
{
    /// <summary>Creates an input object type.</summary>
    public InputObjectType(string name)
        : base(name)
    {
    }

    /// <summary>The fields in declaration order.</summary>
    public NamedCollection<InputFieldDefinition> Fields { get; } = new(f => f.Name);

    /// <summary>True for a <c>@oneOf</c> input object: exactly one field must be given, and not null.</summary>
    public bool IsOneOf { get; set; }

    /// <summary>Builds the CLR value of a coerced input object from its field values; null keeps the dictionary.</summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? Factory { get; set; }

    /// <summary>Finds a field by name.</summary>
    public InputFieldDefinition? GetField(string name) => Fields[name];

    /// <summary>Adds a field and returns it.</summary>
    public InputFieldDefinition AddField(InputFieldDefinition field)
    {
        Fields.Add(field);
        return field;
    }

    /// <summary>Adds a field of the given name and type and returns it.</summary>
    public InputFieldDefinition AddField(string name, IGraphQLType type) => AddField(new InputFieldDefinition(name, type));
}
