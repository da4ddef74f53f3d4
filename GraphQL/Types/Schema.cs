using GraphQL.Execution;
using GraphQL.Introspection;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>What a <see cref="Schema"/> is made of; the graphql-js <c>GraphQLSchemaConfig</c>.</summary>
public sealed class SchemaConfig
{
    /// <summary>The query root type.</summary>
    public ObjectType? Query { get; init; }

    /// <summary>The mutation root type, if any.</summary>
    public ObjectType? Mutation { get; init; }

    /// <summary>The subscription root type, if any.</summary>
    public ObjectType? Subscription { get; init; }

    /// <summary>Types to include even when no root reaches them, in the order they should appear.</summary>
    public IEnumerable<INamedType>? Types { get; init; }

    /// <summary>The directives; null means the built-in ones. Built-ins missing from the list are not added.</summary>
    public IEnumerable<DirectiveDefinition>? Directives { get; init; }

    /// <summary>The schema's description.</summary>
    public string? Description { get; init; }

    /// <summary>Middleware applied around every field resolver of non-introspection types, outermost first.</summary>
    public IEnumerable<FieldMiddleware>? FieldMiddleware { get; init; }

    /// <summary>The schema definition node when built from SDL.</summary>
    public SchemaDefinitionNode? AstNode { get; init; }

    /// <summary>Schema extension nodes when built from SDL.</summary>
    public IReadOnlyList<SchemaExtensionNode>? ExtensionAstNodes { get; init; }
}

/// <summary>
/// A GraphQL schema: root operation types, every named type reachable from them (plus the introspection types)
/// and the directives. Build types first, then the schema; the types must not change afterwards.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, INamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly List<INamedType> _types = [];
    private readonly Dictionary<string, DirectiveDefinition> _directiveMap = new(StringComparer.Ordinal);
    private readonly Dictionary<InterfaceType, Implementations> _implementations = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IAbstractType, HashSet<ICompositeType>> _subTypes = new();
    private readonly Dictionary<Type, ObjectType> _objectTypesByClrType = [];
    private List<Error.GraphQLError>? _validationErrors;

    /// <summary>Creates a schema with the given root types and extra types.</summary>
    public Schema(ObjectType query, ObjectType? mutation = null, ObjectType? subscription = null, IEnumerable<INamedType>? types = null)
        : this(new SchemaConfig { Query = query, Mutation = mutation, Subscription = subscription, Types = types })
    {
    }

    /// <summary>Creates a schema from a configuration.</summary>
    public Schema(SchemaConfig config)
    {
        QueryType = config.Query;
        MutationType = config.Mutation;
        SubscriptionType = config.Subscription;
        Description = config.Description;
        AstNode = config.AstNode;
        ExtensionAstNodes = config.ExtensionAstNodes ?? [];
        Directives = [.. config.Directives ?? BuiltInDirectives.All];

        var ordered = new OrderedTypeSet();
        if (config.Types is not null)
        {
            var initial = config.Types.ToList();
            foreach (var type in initial)
            {
                ordered.Add(type);
            }

            foreach (var type in initial)
            {
                ordered.Remove(type);
                Collect(type, ordered);
            }
        }

        if (QueryType is not null)
        {
            Collect(QueryType, ordered);
        }

        if (MutationType is not null)
        {
            Collect(MutationType, ordered);
        }

        if (SubscriptionType is not null)
        {
            Collect(SubscriptionType, ordered);
        }

        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type, ordered);
            }
        }

        Collect(IntrospectionTypes.Schema, ordered);

        foreach (var type in ordered.Items)
        {
            if (!_typeMap.TryAdd(type.Name, type))
            {
                throw new InvalidOperationException(
                    "Schema must contain uniquely named types but contains multiple types named \"" + type.Name + "\".");
            }

            _types.Add(type);
            RegisterImplementations(type);
        }

        foreach (var directive in Directives)
        {
            _directiveMap.TryAdd(directive.Name, directive);
            foreach (var argument in directive.Arguments)
            {
                argument.Coordinate = "@" + directive.Name + "(" + argument.Name + ":)";
            }
        }

        var middleware = config.FieldMiddleware?.ToArray() ?? [];
        foreach (var type in _types)
        {
            PrepareType(type, middleware);
        }
    }

    /// <summary>The schema's description.</summary>
    public string? Description { get; }

    /// <summary>The query root type.</summary>
    public ObjectType? QueryType { get; }

    /// <summary>The mutation root type, or null.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The subscription root type, or null.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in graphql-js's order (introspection types included).</summary>
    public IReadOnlyList<INamedType> Types => _types;

    /// <summary>Every named type by name.</summary>
    public IReadOnlyDictionary<string, INamedType> TypeMap => _typeMap;

    /// <summary>The directives, built-in ones included.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The schema definition node when built from SDL.</summary>
    public SchemaDefinitionNode? AstNode { get; }

    /// <summary>Schema extension nodes when built from SDL.</summary>
    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; }

    /// <summary>Data attached by extensions.</summary>
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Finds a named type.</summary>
    public INamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    /// <summary>Finds a directive by name (without the @).</summary>
    public DirectiveDefinition? GetDirective(string name) => _directiveMap.GetValueOrDefault(name);

    /// <summary>The root type of an operation type, or null when the schema has none.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an abstract type may have at runtime.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(IAbstractType abstractType) => abstractType switch
    {
        UnionType union => (IReadOnlyList<ObjectType>)union.Types,
        InterfaceType iface => GetImplementations(iface).Objects,
        _ => [],
    };

    /// <summary>The object and interface types implementing an interface, directly or through another interface.</summary>
    public Implementations GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType, out var found) ? found : Implementations.None;

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(IAbstractType abstractType, ICompositeType maybeSubType)
    {
        var set = _subTypes.GetOrAdd(abstractType, BuildSubTypes);
        return set.Contains(maybeSubType);
    }

    private HashSet<ICompositeType> BuildSubTypes(IAbstractType abstractType)
    {
        var set = new HashSet<ICompositeType>();
        if (abstractType is UnionType union)
        {
            set.UnionWith(union.Types);
        }
        else if (abstractType is InterfaceType iface)
        {
            var implementations = GetImplementations(iface);
            set.UnionWith(implementations.Objects);
            set.UnionWith(implementations.Interfaces);
        }

        return set;
    }

    /// <summary>The object type bound to a CLR type (or its nearest bound base type), for abstract type resolution.</summary>
    public ObjectType? GetObjectTypeForClrType(Type clrType)
    {
        for (var type = clrType; type is not null; type = type.BaseType)
        {
            if (_objectTypesByClrType.TryGetValue(type, out var objectType))
            {
                return objectType;
            }
        }

        return null;
    }

    /// <summary>The type-system validation errors (graphql-js <c>validateSchema</c>), computed once.</summary>
    public IReadOnlyList<Error.GraphQLError> ValidationErrors
    {
        get
        {
            if (_validationErrors is null)
            {
                var errors = SchemaValidator.Validate(this);
                Interlocked.CompareExchange(ref _validationErrors, [.. errors], null);
            }

            return _validationErrors;
        }
    }

    private static void Collect(IGraphQLType type, OrderedTypeSet set)
    {
        var named = type.NamedType();
        if (!set.Add(named))
        {
            return;
        }

        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, set);
                }

                break;
            case FieldsType fields:
                foreach (var iface in fields.Interfaces)
                {
                    Collect(iface, set);
                }

                foreach (var field in fields.Fields)
                {
                    Collect(field.Type, set);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type, set);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type, set);
                }

                break;
        }
    }

    private void RegisterImplementations(INamedType type)
    {
        if (type is not FieldsType fieldsType)
        {
            return;
        }

        foreach (var iface in fieldsType.Interfaces)
        {
            if (!_implementations.TryGetValue(iface, out var implementations))
            {
                implementations = new Implementations(new List<ObjectType>(), new List<InterfaceType>());
                _implementations[iface] = implementations;
            }

            if (type is ObjectType objectType)
            {
                ((List<ObjectType>)implementations.Objects).Add(objectType);
            }
            else
            {
                ((List<InterfaceType>)implementations.Interfaces).Add((InterfaceType)type);
            }
        }
    }

    private void PrepareType(INamedType type, FieldMiddleware[] schemaMiddleware)
    {
        if (type is ObjectType { RuntimeType: { } clrType } bound)
        {
            _objectTypesByClrType.TryAdd(clrType, bound);
        }

        var isIntrospection = IntrospectionTypes.IsIntrospectionType(type);
        if (type is FieldsType fieldsType)
        {
            foreach (var field in fieldsType.Fields)
            {
                field.DeclaringType = fieldsType;
                foreach (var argument in field.Arguments)
                {
                    argument.Coordinate = fieldsType.Name + "." + field.Name + "(" + argument.Name + ":)";
                }

                if (!isIntrospection)
                {
                    field.Pipeline = ComposePipeline(field, schemaMiddleware);
                }
            }
        }
        else if (type is InputObjectType input)
        {
            foreach (var field in input.Fields)
            {
                field.DeclaringType = input;
            }
        }
    }

    private static FieldResolver? ComposePipeline(FieldDefinition field, FieldMiddleware[] schemaMiddleware)
    {
        if (!field.HasMiddleware && schemaMiddleware.Length == 0)
        {
            return null;
        }

        // A subscription field without a resolver has the event (its parent) as its value, also behind middleware.
        var resolver = field.Resolver
            ?? (field.Subscriber is not null ? context => new ValueTask<object?>(context.Source) : DefaultResolvers.ToResolver(field));
        for (var i = field.Middleware.Count - 1; i >= 0; i--)
        {
            resolver = field.Middleware[i](resolver);
        }

        for (var i = schemaMiddleware.Length - 1; i >= 0; i--)
        {
            resolver = schemaMiddleware[i](resolver);
        }

        return resolver;
    }

    private sealed class OrderedTypeSet
    {
        private readonly List<INamedType> _items = [];
        private readonly HashSet<INamedType> _set = new(ReferenceEqualityComparer.Instance);

        public IReadOnlyList<INamedType> Items => _items;

        public bool Add(INamedType type)
        {
            if (!_set.Add(type))
            {
                return false;
            }

            _items.Add(type);
            return true;
        }

        public void Remove(INamedType type)
        {
            if (_set.Remove(type))
            {
                _items.Remove(type);
            }
        }
    }
}

/// <summary>The types implementing an interface.</summary>
/// <param name="Objects">Object types implementing it.</param>
/// <param name="Interfaces">Interface types implementing it.</param>
public sealed record Implementations(IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces)
{
    /// <summary>No implementations.</summary>
    public static readonly Implementations None = new([], []);
}
