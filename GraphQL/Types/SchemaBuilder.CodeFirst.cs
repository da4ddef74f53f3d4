using System.Reflection;
using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>The code-first half of the builder: types bound to CLR classes, enums and records.</summary>
public sealed partial class SchemaBuilder
{
    private readonly List<INamedType> _codeFirstTypes = [];
    private readonly Dictionary<Type, ScalarType> _clrScalars = [];
    private readonly List<DirectiveDefinition> _directives = [];

    private readonly List<(string TypeName, Func<ITypeInference, IEnumerable<FieldDefinition>> Fields)> _extensions = [];

    /// <summary>
    /// Adds the public methods of <typeparamref name="TExtension"/> as fields of an existing object type (often Query or
    /// Mutation), so each feature folder can contribute its own fields. Instances come from the request's services.
    /// </summary>
    public SchemaBuilder ExtendType<TExtension>(string typeName)
    {
        _extensions.Add((typeName, types => MethodFields.Bindable(typeof(TExtension))
            .Select(method => MethodFields.Describe(method, typeof(TExtension)).Build(types))
            .ToList()));
        return this;
    }

    /// <summary>Adds fields declared by name to an existing object type.</summary>
    public SchemaBuilder ExtendType(string typeName, Action<ObjectTypeDescriptor<object>> configure)
    {
        _extensions.Add((typeName, types =>
        {
            var descriptor = new ObjectTypeDescriptor<object>();
            descriptor.BindFieldsExplicitly();
            configure(descriptor);
            return descriptor.AllFields().Select(f => f.Build(types)).ToList();
        }));
        return this;
    }

    /// <summary>Adds a custom directive definition (built-in ones are always present).</summary>
    public SchemaBuilder AddDirective(DirectiveDefinition directive)
    {
        _directives.Add(directive);
        return this;
    }

    /// <summary>Adds a type instance: a code-first type (<c>new ComplexType()</c>) or a type built by hand.</summary>
    public SchemaBuilder AddType(INamedType type)
    {
        _codeFirstTypes.Add(type);
        return this;
    }

    /// <summary>Adds a code-first type class, e.g. <c>AddType&lt;ComplexType&gt;()</c>.</summary>
    public SchemaBuilder AddType<TType>()
        where TType : INamedType, new() => AddType(new TType());

    /// <summary>Adds the query root bound to <typeparamref name="T"/> (often a class of resolvers with no state).</summary>
    public SchemaBuilder AddQueryType<T>(Action<ObjectTypeDescriptor<T>>? configure = null) => AddRoot("Query", configure);

    /// <summary>Adds the query root with fields declared by name only.</summary>
    public SchemaBuilder AddQueryType(Action<ObjectTypeDescriptor<object>> configure) => AddRoot("Query", configure);

    /// <summary>Adds the mutation root bound to <typeparamref name="T"/>.</summary>
    public SchemaBuilder AddMutationType<T>(Action<ObjectTypeDescriptor<T>>? configure = null) => AddRoot("Mutation", configure);

    /// <summary>Adds the mutation root with fields declared by name only.</summary>
    public SchemaBuilder AddMutationType(Action<ObjectTypeDescriptor<object>> configure) => AddRoot("Mutation", configure);

    /// <summary>Adds the subscription root with fields declared by name only.</summary>
    public SchemaBuilder AddSubscriptionType(Action<ObjectTypeDescriptor<object>> configure) => AddRoot("Subscription", configure);

    /// <summary>Adds an object type bound to <typeparamref name="T"/>.</summary>
    public SchemaBuilder AddObjectType<T>(Action<ObjectTypeDescriptor<T>>? configure = null) =>
        AddType(configure is null ? new ObjectType<T>() : new ObjectType<T>(configure));

    /// <summary>Adds an input object type bound to <typeparamref name="T"/>.</summary>
    public SchemaBuilder AddInputObjectType<T>(Action<InputObjectTypeDescriptor<T>>? configure = null) =>
        AddType(configure is null ? new InputObjectType<T>() : new InputObjectType<T>(configure));

    /// <summary>Adds an enum type from a CLR enum.</summary>
    public SchemaBuilder AddEnumType<TEnum>()
        where TEnum : struct, Enum => AddType(new EnumType<TEnum>());

    /// <summary>Uses a scalar for a CLR type in inferred fields and arguments (and adds it to the schema).</summary>
    public SchemaBuilder BindScalar(Type clrType, ScalarType scalar)
    {
        _clrScalars[clrType] = scalar;
        _scalars[scalar.Name] = scalar;
        return this;
    }

    private SchemaBuilder AddRoot<T>(string name, Action<ObjectTypeDescriptor<T>>? configure) =>
        AddType(new ObjectType<T>(descriptor =>
        {
            if (typeof(T) == typeof(object))
            {
                descriptor.BindFieldsExplicitly();
            }

            configure?.Invoke(descriptor);
            descriptor.Name(name);
        }));

    private sealed partial class BuildState : ITypeInference
    {
        private static readonly Dictionary<Type, ScalarType> DefaultScalars = new()
        {
            [typeof(string)] = Scalars.String,
            [typeof(int)] = Scalars.Int,
            [typeof(short)] = Scalars.Int,
            [typeof(byte)] = Scalars.Int,
            [typeof(long)] = Scalars.Long,
            [typeof(double)] = Scalars.Float,
            [typeof(float)] = Scalars.Float,
            [typeof(decimal)] = Scalars.Decimal,
            [typeof(bool)] = Scalars.Boolean,
            [typeof(Guid)] = Scalars.UUID,
            [typeof(DateTimeOffset)] = Scalars.DateTime,
            [typeof(DateTime)] = Scalars.DateTime,
            [typeof(DateOnly)] = Scalars.Date,
            [typeof(Uri)] = Scalars.URL,
        };

        private readonly Queue<ICodeFirstType> _pending = new();
        private readonly List<INamedType> _codeFirst = [];

        public void DeclareCodeFirst(IEnumerable<INamedType> types)
        {
            Directives.AddRange(builder._directives);

            foreach (var type in types)
            {
                Register(type);
            }
        }

        public void CompleteCodeFirst()
        {
            while (_pending.TryDequeue(out var type))
            {
                type.Complete(this);
            }

            foreach (var (typeName, fields) in builder._extensions)
            {
                if (Types.GetValueOrDefault(typeName) is not FieldsType extended)
                {
                    throw new GraphQLException(new GraphQLError("Cannot extend type \"" + typeName + "\" because it is not defined."));
                }

                foreach (var field in fields(this))
                {
                    extended.AddField(field);
                }
            }

            while (_pending.TryDequeue(out var type))
            {
                type.Complete(this);
            }

            var interfaces = _codeFirst.OfType<InterfaceType>().Where(i => i.RuntimeType is not null).ToList();
            var unions = _codeFirst.OfType<UnionType>().Where(u => u.RuntimeType is not null && u.Types.Count == 0).ToList();
            foreach (var objectType in Order.OfType<ObjectType>().Where(o => o.RuntimeType is not null))
            {
                foreach (var iface in interfaces)
                {
                    if (iface.RuntimeType!.IsAssignableFrom(objectType.RuntimeType) && !objectType.Interfaces.Contains(iface))
                    {
                        objectType.Interfaces.Add(iface);
                    }
                }

                foreach (var union in unions)
                {
                    if (union.RuntimeType!.IsAssignableFrom(objectType.RuntimeType))
                    {
                        union.Types.Add(objectType);
                    }
                }
            }
        }

        public IGraphQLType Output(Type clrType, NullabilityInfo? nullability) => Infer(clrType, nullability, input: false);

        public IGraphQLType Input(Type clrType, NullabilityInfo? nullability) => Infer(clrType, nullability, input: true);

        public IGraphQLType Reference(string sdlType) => Resolve(Parser.ParseType(sdlType));

        public ScalarType? BoundScalar(Type clrType) =>
            builder._clrScalars.TryGetValue(clrType, out var bound) || DefaultScalars.TryGetValue(clrType, out bound)
                ? Types.TryGetValue(bound.Name, out var declared) && declared is ScalarType scalar ? scalar : bound
                : null;

        public INamedType Named(Type typeClass)
        {
            var existing = Order.FirstOrDefault(t => t.GetType() == typeClass);
            if (existing is not null)
            {
                return existing;
            }

            var created = (INamedType)Activator.CreateInstance(typeClass)!;
            Register(created);
            return created;
        }

        public INamedType Declare(string name, Func<ITypeInference, INamedType> create)
        {
            if (Types.TryGetValue(name, out var existing))
            {
                return existing;
            }

            var created = create(this);
            if (Types.TryGetValue(name, out var registered))
            {
                return registered;
            }

            Register(created);
            return created;
        }

        private void Register(INamedType type)
        {
            if (type is ICodeFirstType codeFirst)
            {
                codeFirst.Declare();
                _pending.Enqueue(codeFirst);
            }

            _codeFirst.Add(type);
            Add(type);
        }

        private IGraphQLType Infer(Type clrType, NullabilityInfo? nullability, bool input)
        {
            if (clrType.IsGenericType && (clrType.GetGenericTypeDefinition() == typeof(Task<>) || clrType.GetGenericTypeDefinition() == typeof(ValueTask<>)))
            {
                return Infer(clrType.GetGenericArguments()[0], nullability?.GenericTypeArguments.FirstOrDefault(), input);
            }

            var underlying = Nullable.GetUnderlyingType(clrType);
            var nonNull = underlying is null && (clrType.IsValueType || nullability?.ReadState == NullabilityState.NotNull);
            var type = Named(underlying ?? clrType, nullability, input);
            return nonNull ? new NonNullType(type) : type;
        }

        private IGraphQLType Named(Type clrType, NullabilityInfo? nullability, bool input)
        {
            if (builder._clrScalars.TryGetValue(clrType, out var bound) || DefaultScalars.TryGetValue(clrType, out bound))
            {
                return Types.TryGetValue(bound.Name, out var declared) ? declared : bound;
            }

            if (ElementType(clrType) is { } element)
            {
                var elementNullability = nullability?.ElementType ?? nullability?.GenericTypeArguments.FirstOrDefault();
                return new ListType(Infer(element, elementNullability, input));
            }

            var match = Order.FirstOrDefault(t => t is NamedType named && named.RuntimeType == clrType
                && (input ? t is InputObjectType or EnumType : t is not InputObjectType));
            if (match is not null)
            {
                return match;
            }

            if (clrType.IsEnum)
            {
                return Named(typeof(EnumType<>).MakeGenericType(clrType));
            }

            if (clrType == typeof(object) || clrType.IsPrimitive)
            {
                throw new GraphQLException(new GraphQLError("Cannot infer a GraphQL type for " + clrType.Name + "; give the type explicitly."));
            }

            var generic = input ? typeof(InputObjectType<>) : clrType.IsInterface ? typeof(InterfaceType<>) : typeof(ObjectType<>);
            return Named(generic.MakeGenericType(clrType));
        }

        private static Type? ElementType(Type type)
        {
            if (type == typeof(string))
            {
                return null;
            }

            if (type.IsArray)
            {
                return type.GetElementType();
            }

            var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? type
                : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            return enumerable?.GetGenericArguments()[0];
        }
    }
}
