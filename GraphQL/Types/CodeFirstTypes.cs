using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Execution;

namespace GraphQL.Types;

/// <summary>Resolves CLR types and SDL references to schema types while code-first types are completed.</summary>
internal interface ITypeInference
{
    IGraphQLType Output(Type clrType, NullabilityInfo? nullability);

    IGraphQLType Input(Type clrType, NullabilityInfo? nullability);

    IGraphQLType Reference(string sdlType);

    INamedType Named(Type typeClass);

    INamedType Declare(string name, Func<ITypeInference, INamedType> create);

    /// <summary>The scalar a CLR type is bound to (a built-in or one given with <c>BindScalar</c>), or null.</summary>
    ScalarType? BoundScalar(Type clrType);
}

/// <summary>A type configured in code: named and configured first, completed once every type is known.</summary>
internal interface ICodeFirstType : INamedType
{
    void Declare();

    void Complete(ITypeInference types);
}

/// <summary>How one GraphQL type is given: inferred from CLR, an SDL reference, a type class or a type instance.</summary>
internal sealed class TypeSpec
{
    private readonly Func<ITypeInference, bool, IGraphQLType> _resolve;

    private TypeSpec(Func<ITypeInference, bool, IGraphQLType> resolve) => _resolve = resolve;

    public static TypeSpec FromClr(Type clrType, NullabilityInfo? nullability) =>
        new((types, input) => input ? types.Input(clrType, nullability) : types.Output(clrType, nullability));

    public static TypeSpec FromSdl(string reference) => new((types, _) => types.Reference(reference));

    public static TypeSpec FromTypeClass(Type typeClass) => new((types, _) => types.Named(typeClass));

    public static TypeSpec FromInstance(IGraphQLType type) => new((_, _) => type);

    public static TypeSpec FromNamed(string name, Func<ITypeInference, IGraphQLType> wrap, Func<ITypeInference, INamedType> create) =>
        new((types, _) =>
        {
            types.Declare(name, create);
            return wrap(types);
        });

    public static TypeSpec NonNull(TypeSpec inner) => new((types, input) =>
        inner.Resolve(types, input) is var resolved && resolved is NonNullType ? resolved : new NonNullType(resolved));

    public IGraphQLType Resolve(ITypeInference types, bool input) => _resolve(types, input);
}

/// <summary>Shared reflection for code-first types: nullability, attributes, names.</summary>
internal static class ClrMembers
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static NullabilityInfo? NullabilityOf(MemberInfo member)
    {
        lock (Nullability)
        {
            return member switch
            {
                PropertyInfo property => Nullability.Create(property),
                FieldInfo field => Nullability.Create(field),
                MethodInfo method => Nullability.Create(method.ReturnParameter),
                _ => null,
            };
        }
    }

    public static NullabilityInfo NullabilityOf(ParameterInfo parameter)
    {
        lock (Nullability)
        {
            return Nullability.Create(parameter);
        }
    }

    public static Type TypeOf(MemberInfo member) => member switch
    {
        PropertyInfo property => property.PropertyType,
        FieldInfo field => field.FieldType,
        MethodInfo method => method.ReturnType,
        _ => typeof(object),
    };

    public static string FieldName(MemberInfo member) =>
        member.GetCustomAttribute<GraphQLNameAttribute>()?.Name
        ?? (member is MethodInfo ? GraphQLNaming.MethodFieldName(member.Name) : GraphQLNaming.CamelCase(member.Name));

    public static string TypeName(Type type) =>
        type.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? (type.IsInterface && type.Name.Length > 1 && type.Name[0] == 'I' && char.IsUpper(type.Name[1]) ? type.Name[1..] : type.Name);

    public static IEnumerable<PropertyInfo> Properties(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);
        return type.IsInterface ? properties.Concat(type.GetInterfaces().SelectMany(i => i.GetProperties())) : properties;
    }

    public static Func<object, object?> Getter(PropertyInfo property)
    {
        var source = Expression.Parameter(typeof(object), "source");
        var body = Expression.Convert(Expression.Property(Expression.Convert(source, property.DeclaringType!), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, source).Compile();
    }
}

/// <summary>The configuration of one field of a code-first object or interface type.</summary>
public sealed class FieldDescriptor
{
    internal FieldDescriptor(string name) => FieldName = name;

    internal string FieldName { get; private set; }

    internal string? FieldDescription { get; private set; }

    internal string? Deprecation { get; private set; }

    internal TypeSpec? TypeSpec { get; set; }

    internal FieldResolver? Resolver { get; private set; }

    internal Func<object, object?>? SourceResolver { get; set; }

    internal SubscriptionResolver? Subscriber { get; private set; }

    internal List<ArgumentDescriptor> Arguments { get; } = [];

    internal List<FieldMiddleware> MiddlewareList { get; } = [];

    internal Dictionary<string, object?> MetadataEntries { get; } = [];

    internal List<AppliedDirective> Directives { get; } = [];

    /// <summary>Renames the field.</summary>
    public FieldDescriptor Name(string name)
    {
        FieldName = name;
        return this;
    }

    /// <summary>Describes the field.</summary>
    public FieldDescriptor Description(string description)
    {
        FieldDescription = description;
        return this;
    }

    /// <summary>Deprecates the field.</summary>
    public FieldDescriptor Deprecated(string? reason = null)
    {
        Deprecation = reason ?? BuiltInDirectives.DefaultDeprecationReason;
        return this;
    }

    /// <summary>Sets the type as an SDL reference, e.g. <c>[Complex!]!</c>.</summary>
    public FieldDescriptor Type(string sdlType)
    {
        TypeSpec = TypeSpec.FromSdl(sdlType);
        return this;
    }

    /// <summary>Sets the type to a type instance.</summary>
    public FieldDescriptor Type(IGraphQLType type)
    {
        TypeSpec = TypeSpec.FromInstance(type);
        return this;
    }

    /// <summary>Sets the type to a code-first type class (e.g. <c>ComplexType</c>), nullable.</summary>
    public FieldDescriptor Type<TType>()
        where TType : INamedType
    {
        TypeSpec = TypeSpec.FromTypeClass(typeof(TType));
        return this;
    }

    /// <summary>Infers the type from a CLR type (reference types are nullable unless <paramref name="nonNull"/>).</summary>
    public FieldDescriptor ClrType<TClr>(bool nonNull = false)
    {
        var spec = TypeSpec.FromClr(typeof(TClr), null);
        TypeSpec = nonNull ? TypeSpec.NonNull(spec) : spec;
        return this;
    }

    /// <summary>Adds an argument whose type is an SDL reference.</summary>
    public FieldDescriptor Argument(string name, string sdlType, Action<ArgumentDescriptor>? configure = null)
    {
        var argument = new ArgumentDescriptor(name, TypeSpec.FromSdl(sdlType));
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    /// <summary>Adds an argument whose type is inferred from <typeparamref name="TArg"/> (non-null for value types).</summary>
    public FieldDescriptor Argument<TArg>(string name, Action<ArgumentDescriptor>? configure = null)
    {
        var argument = new ArgumentDescriptor(name, TypeSpec.FromClr(typeof(TArg), null));
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    /// <summary>Resolves the field synchronously.</summary>
    public FieldDescriptor Resolve<TResult>(Func<IResolverContext, TResult> resolver)
    {
        Resolver = Resolvers.FromValue(resolver);
        TypeSpec ??= TypeSpec.FromClr(typeof(TResult), null);
        return this;
    }

    /// <summary>Resolves the field asynchronously.</summary>
    public FieldDescriptor ResolveAsync<TResult>(Func<IResolverContext, Task<TResult>> resolver)
    {
        Resolver = Resolvers.FromTask(resolver);
        TypeSpec ??= TypeSpec.FromClr(typeof(TResult), null);
        return this;
    }

    /// <summary>Resolves the field with a raw resolver.</summary>
    public FieldDescriptor Resolve(FieldResolver resolver)
    {
        Resolver = resolver;
        return this;
    }

    /// <summary>Makes this subscription field produce its events from a stream.</summary>
    public FieldDescriptor Subscribe<TEvent>(Func<IResolverContext, IAsyncEnumerable<TEvent>> subscribe)
    {
        Subscriber = context => new ValueTask<IAsyncEnumerable<object?>>(Box(subscribe(context)));
        TypeSpec ??= TypeSpec.FromClr(typeof(TEvent), null);
        return this;
    }

    /// <summary>Wraps the resolver with middleware (paging, filtering, authorization...).</summary>
    public FieldDescriptor Use(FieldMiddleware middleware)
    {
        MiddlewareList.Add(middleware);
        return this;
    }

    /// <summary>Attaches metadata for extensions.</summary>
    public FieldDescriptor Metadata(string key, object? value)
    {
        MetadataEntries[key] = value;
        return this;
    }

    /// <summary>Applies a custom directive.</summary>
    public FieldDescriptor Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        Directives.Add(new AppliedDirective(name, arguments ?? new Dictionary<string, object?>()));
        return this;
    }

    internal FieldDefinition Build(ITypeInference types)
    {
        var spec = TypeSpec ?? throw new InvalidOperationException("The type of field \"" + FieldName + "\" cannot be inferred; call Type(...).");
        var field = new FieldDefinition(FieldName, spec.Resolve(types, input: false))
        {
            Description = FieldDescription,
            DeprecationReason = Deprecation,
            Resolver = Resolver,
            SourceResolver = SourceResolver,
            Subscriber = Subscriber,
        };
        foreach (var argument in Arguments)
        {
            field.AddArgument(argument.Build(types));
        }

        foreach (var middleware in MiddlewareList)
        {
            field.Middleware.Add(middleware);
        }

        foreach (var (key, value) in MetadataEntries)
        {
            field.Metadata[key] = value;
        }

        foreach (var directive in Directives)
        {
            field.AppliedDirectives.Add(directive);
        }

        return field;
    }

    private static async IAsyncEnumerable<object?> Box<TEvent>(IAsyncEnumerable<TEvent> events)
    {
        await foreach (var item in events.ConfigureAwait(false))
        {
            yield return item;
        }
    }
}

/// <summary>The configuration of one argument.</summary>
public sealed class ArgumentDescriptor
{
    private readonly string _name;
    private readonly TypeSpec _type;
    private string? _description;
    private string? _deprecation;
    private bool _hasDefault;
    private object? _default;
    private List<AppliedDirective>? _directives;

    internal ArgumentDescriptor(string name, TypeSpec type)
    {
        _name = name;
        _type = type;
    }

    /// <summary>Describes the argument.</summary>
    public ArgumentDescriptor Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Sets the default (an internal value).</summary>
    public ArgumentDescriptor DefaultValue(object? value)
    {
        _hasDefault = true;
        _default = value;
        return this;
    }

    /// <summary>Deprecates the argument.</summary>
    public ArgumentDescriptor Deprecated(string? reason = null)
    {
        _deprecation = reason ?? BuiltInDirectives.DefaultDeprecationReason;
        return this;
    }

    /// <summary>Applies a custom directive (e.g. <c>@cost</c>).</summary>
    public ArgumentDescriptor Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        (_directives ??= []).Add(new AppliedDirective(name, arguments ?? new Dictionary<string, object?>()));
        return this;
    }

    internal ArgumentDefinition Build(ITypeInference types)
    {
        var argument = new ArgumentDefinition(_name, _type.Resolve(types, input: true)) { Description = _description, DeprecationReason = _deprecation };
        if (_hasDefault)
        {
            argument.SetDefaultValue(_default);
        }

        foreach (var directive in _directives ?? [])
        {
            argument.AppliedDirectives.Add(directive);
        }

        return argument;
    }
}

/// <summary>Configures a code-first object or interface type bound to <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The CLR type of the values.</typeparam>
public sealed class ObjectTypeDescriptor<T>
{
    private readonly List<FieldDescriptor> _fields = [];
    private readonly HashSet<string> _ignored = new(StringComparer.Ordinal);

    internal string? TypeName { get; private set; }

    internal string? TypeDescription { get; private set; }

    internal bool Explicit { get; private set; }

    internal List<TypeSpec> InterfaceSpecs { get; } = [];

    internal Func<object, IResolverContext, bool>? TypeCheck { get; private set; }

    internal Func<object, IResolverContext, string?>? TypeResolver { get; private set; }

    internal Dictionary<string, object?> MetadataEntries { get; } = [];

    /// <summary>Names the type (the CLR class name by default).</summary>
    public ObjectTypeDescriptor<T> Name(string name)
    {
        TypeName = name;
        return this;
    }

    /// <summary>Describes the type.</summary>
    public ObjectTypeDescriptor<T> Description(string description)
    {
        TypeDescription = description;
        return this;
    }

    /// <summary>Binds only the fields declared here instead of every public property.</summary>
    public ObjectTypeDescriptor<T> BindFieldsExplicitly()
    {
        Explicit = true;
        return this;
    }

    /// <summary>Declares an implemented interface by name.</summary>
    public ObjectTypeDescriptor<T> Implements(string interfaceName)
    {
        InterfaceSpecs.Add(TypeSpec.FromSdl(interfaceName));
        return this;
    }

    /// <summary>Declares an implemented interface by its type class.</summary>
    public ObjectTypeDescriptor<T> Implements<TInterface>()
        where TInterface : InterfaceType
    {
        InterfaceSpecs.Add(TypeSpec.FromTypeClass(typeof(TInterface)));
        return this;
    }

    /// <summary>Decides whether a value belongs to this object type (for abstract type resolution).</summary>
    public ObjectTypeDescriptor<T> IsTypeOf(Func<object, IResolverContext, bool> isTypeOf)
    {
        TypeCheck = isTypeOf;
        return this;
    }

    /// <summary>For interfaces: picks the object type name of a value.</summary>
    public ObjectTypeDescriptor<T> ResolveType(Func<object, IResolverContext, string?> resolveType)
    {
        TypeResolver = resolveType;
        return this;
    }

    /// <summary>Attaches metadata for extensions.</summary>
    public ObjectTypeDescriptor<T> Metadata(string key, object? value)
    {
        MetadataEntries[key] = value;
        return this;
    }

    /// <summary>Declares (or refines) the field reading a member of <typeparamref name="T"/>.</summary>
    public FieldDescriptor Field<TResult>(Expression<Func<T, TResult>> member)
    {
        var info = MemberOf(member);
        var name = info is null ? "value" : ClrMembers.FieldName(info);
        var field = Find(name) ?? Add(new FieldDescriptor(name));
        var compiled = member.Compile();
        field.SourceResolver = source => compiled((T)source);
        field.TypeSpec ??= info is null ? TypeSpec.FromClr(typeof(TResult), null) : TypeSpec.FromClr(typeof(TResult), ClrMembers.NullabilityOf(info));
        return field;
    }

    /// <summary>Declares a field by name; give it a type and a resolver.</summary>
    public FieldDescriptor Field(string name) => Find(name) ?? Add(new FieldDescriptor(name));

    /// <summary>Leaves a member out.</summary>
    public ObjectTypeDescriptor<T> Ignore<TResult>(Expression<Func<T, TResult>> member)
    {
        if (MemberOf(member) is { } info)
        {
            _ignored.Add(ClrMembers.FieldName(info));
        }

        return this;
    }

    internal IEnumerable<FieldDescriptor> AllFields()
    {
        if (Explicit)
        {
            return _fields.Where(f => !_ignored.Contains(f.FieldName)).ToList();
        }

        // Property order first (configured properties keep their place), then fields that are not properties.
        var ordered = new List<FieldDescriptor>();
        foreach (var property in ClrMembers.Properties(typeof(T)))
        {
            var name = ClrMembers.FieldName(property);
            if (property.GetCustomAttribute<GraphQLIgnoreAttribute>() is not null || _ignored.Contains(name) || ordered.Any(f => f.FieldName == name))
            {
                continue;
            }

            ordered.Add(Find(name) ?? Implicit(property, name));
        }

        // A model's static methods (factories and helpers) belong to the class, not to its objects.
        foreach (var method in MethodFields.Bindable(typeof(T)).Where(m => !m.IsStatic))
        {
            var name = ClrMembers.FieldName(method);
            if (!_ignored.Contains(name) && !ordered.Any(f => f.FieldName == name) && Find(name) is null)
            {
                ordered.Add(MethodFields.Describe(method, typeof(T)));
            }
        }

        ordered.AddRange(_fields.Where(f => !_ignored.Contains(f.FieldName) && !ordered.Contains(f)));
        return ordered;
    }

    private static FieldDescriptor Implicit(PropertyInfo property, string name)
    {
        var field = new FieldDescriptor(name) { SourceResolver = ClrMembers.Getter(property) };
        field.TypeSpec = property.GetCustomAttribute<GraphQLTypeAttribute>() is { } typeAttribute
            ? TypeSpec.FromSdl(typeAttribute.Type)
            : TypeSpec.FromClr(property.PropertyType, ClrMembers.NullabilityOf(property));
        if (property.GetCustomAttribute<GraphQLDescriptionAttribute>() is { } description)
        {
            field.Description(description.Description);
        }

        if (property.GetCustomAttribute<GraphQLDeprecatedAttribute>() is { } deprecated)
        {
            field.Deprecated(deprecated.Reason);
        }

        return field;
    }

    private FieldDescriptor? Find(string name) => _fields.FirstOrDefault(f => f.FieldName == name);

    private FieldDescriptor Add(FieldDescriptor field)
    {
        _fields.Add(field);
        return field;
    }

    private static MemberInfo? MemberOf(LambdaExpression expression) => expression.Body switch
    {
        MemberExpression member => member.Member,
        MethodCallExpression call => call.Method,
        UnaryExpression { Operand: MemberExpression member } => member.Member,
        _ => null,
    };
}

/// <summary>
/// A code-first object type bound to <typeparamref name="T"/>: every public property becomes a field (camelCase, type and
/// nullability inferred) unless configured otherwise in <see cref="Configure"/> or by the constructor's delegate.
/// </summary>
/// <typeparam name="T">The CLR type of the values.</typeparam>
public class ObjectType<T> : ObjectType, ICodeFirstType
{
    private readonly Action<ObjectTypeDescriptor<T>>? _configure;
    private ObjectTypeDescriptor<T>? _descriptor;

    /// <summary>Creates the type; override <see cref="Configure"/> to shape it.</summary>
    public ObjectType()
        : base(ClrMembers.TypeName(typeof(T)))
    {
        RuntimeType = typeof(T);
        Description = typeof(T).GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description;
    }

    /// <summary>Creates the type shaped by a delegate.</summary>
    public ObjectType(Action<ObjectTypeDescriptor<T>> configure)
        : this() => _configure = configure;

    /// <summary>Shapes the type: name, fields, arguments, resolvers, interfaces.</summary>
    protected virtual void Configure(ObjectTypeDescriptor<T> descriptor)
    {
    }

    void ICodeFirstType.Declare()
    {
        _descriptor = new ObjectTypeDescriptor<T>();
        Configure(_descriptor);
        _configure?.Invoke(_descriptor);
        Name = _descriptor.TypeName ?? Name;
        Description = _descriptor.TypeDescription ?? Description;
        IsTypeOf = _descriptor.TypeCheck ?? IsTypeOf;
        foreach (var (key, value) in _descriptor.MetadataEntries)
        {
            Metadata[key] = value;
        }
    }

    void ICodeFirstType.Complete(ITypeInference types)
    {
        foreach (var field in _descriptor!.AllFields())
        {
            AddField(field.Build(types));
        }

        foreach (var spec in _descriptor.InterfaceSpecs)
        {
            Interfaces.Add((InterfaceType)spec.Resolve(types, input: false).NamedType());
        }
    }
}

/// <summary>A code-first interface type whose fields come from <typeparamref name="T"/> (a CLR interface or base class).</summary>
/// <typeparam name="T">The CLR type the implementations share.</typeparam>
public class InterfaceType<T> : InterfaceType, ICodeFirstType
{
    private readonly Action<ObjectTypeDescriptor<T>>? _configure;
    private ObjectTypeDescriptor<T>? _descriptor;

    /// <summary>Creates the type.</summary>
    public InterfaceType()
        : base(ClrMembers.TypeName(typeof(T)))
    {
        RuntimeType = typeof(T);
        Description = typeof(T).GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description;
    }

    /// <summary>Creates the type shaped by a delegate.</summary>
    public InterfaceType(Action<ObjectTypeDescriptor<T>> configure)
        : this() => _configure = configure;

    /// <summary>Shapes the type.</summary>
    protected virtual void Configure(ObjectTypeDescriptor<T> descriptor)
    {
    }

    void ICodeFirstType.Declare()
    {
        _descriptor = new ObjectTypeDescriptor<T>();
        Configure(_descriptor);
        _configure?.Invoke(_descriptor);
        Name = _descriptor.TypeName ?? Name;
        Description = _descriptor.TypeDescription ?? Description;
    }

    void ICodeFirstType.Complete(ITypeInference types)
    {
        foreach (var field in _descriptor!.AllFields())
        {
            AddField(field.Build(types));
        }

        foreach (var spec in _descriptor.InterfaceSpecs)
        {
            Interfaces.Add((InterfaceType)spec.Resolve(types, input: false).NamedType());
        }

        if (_descriptor.TypeResolver is { } resolveType)
        {
            ResolveType = (value, context) => resolveType(value, context) is { } name ? context.Schema.GetType(name) as ObjectType : null;
        }
    }
}

/// <summary>A code-first union of the object types whose CLR types derive from <typeparamref name="T"/>, plus any listed explicitly.</summary>
/// <typeparam name="T">A marker interface or base class of the members.</typeparam>
public class UnionType<T> : UnionType, ICodeFirstType
{
    private readonly List<TypeSpec> _members = [];

    /// <summary>Creates the union.</summary>
    public UnionType()
        : base(ClrMembers.TypeName(typeof(T)))
    {
        RuntimeType = typeof(T);
        Description = typeof(T).GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description;
    }

    /// <summary>Adds a member by its type class.</summary>
    public UnionType<T> Member<TObjectType>()
        where TObjectType : ObjectType
    {
        _members.Add(TypeSpec.FromTypeClass(typeof(TObjectType)));
        return this;
    }

    /// <summary>Adds a member by name.</summary>
    public UnionType<T> Member(string objectTypeName)
    {
        _members.Add(TypeSpec.FromSdl(objectTypeName));
        return this;
    }

    void ICodeFirstType.Declare()
    {
    }

    void ICodeFirstType.Complete(ITypeInference types)
    {
        foreach (var member in _members)
        {
            Types.Add((ObjectType)member.Resolve(types, input: false).NamedType());
        }
    }
}

/// <summary>A code-first enum from a CLR enum: values named in UPPER_SNAKE_CASE, internal values the enum members.</summary>
/// <typeparam name="TEnum">The CLR enum.</typeparam>
public class EnumType<TEnum> : EnumType, ICodeFirstType
    where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, Action<EnumValue>> _valueConfigurations = [];
    private readonly HashSet<TEnum> _ignored = [];

    /// <summary>Creates the enum type.</summary>
    public EnumType()
        : base(ClrMembers.TypeName(typeof(TEnum)))
    {
        RuntimeType = typeof(TEnum);
        Description = typeof(TEnum).GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description;
    }

    /// <summary>Leaves a member out.</summary>
    public EnumType<TEnum> Ignore(TEnum value)
    {
        _ignored.Add(value);
        return this;
    }

    /// <summary>Adjusts one value (description, deprecation).</summary>
    public EnumType<TEnum> Value(TEnum value, Action<EnumValue> configure)
    {
        _valueConfigurations[value] = configure;
        return this;
    }

    void ICodeFirstType.Declare()
    {
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (TEnum)field.GetValue(null)!;
            if (_ignored.Contains(value) || field.GetCustomAttribute<GraphQLIgnoreAttribute>() is not null)
            {
                continue;
            }

            var enumValue = new EnumValue(field.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? GraphQLNaming.UpperSnakeCase(field.Name), value)
            {
                Description = field.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
                DeprecationReason = field.GetCustomAttribute<GraphQLDeprecatedAttribute>()?.Reason,
            };
            if (_valueConfigurations.TryGetValue(value, out var configure))
            {
                configure(enumValue);
            }

            AddValue(enumValue);
        }
    }

    void ICodeFirstType.Complete(ITypeInference types)
    {
    }
}

/// <summary>Configures a code-first input object type bound to <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The CLR type built from the input.</typeparam>
public sealed class InputObjectTypeDescriptor<T>
{
    internal string? TypeName { get; private set; }

    internal string? TypeDescription { get; private set; }

    internal bool OneOf { get; private set; }

    internal Dictionary<string, Action<InputFieldDefinition>> FieldConfigurations { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> Ignored { get; } = new(StringComparer.Ordinal);

    /// <summary>Names the type (the CLR name, with <c>Input</c> appended when missing, by default).</summary>
    public InputObjectTypeDescriptor<T> Name(string name)
    {
        TypeName = name;
        return this;
    }

    /// <summary>Describes the type.</summary>
    public InputObjectTypeDescriptor<T> Description(string description)
    {
        TypeDescription = description;
        return this;
    }

    /// <summary>Makes the type <c>@oneOf</c>.</summary>
    public InputObjectTypeDescriptor<T> IsOneOf()
    {
        OneOf = true;
        return this;
    }

    /// <summary>Adjusts the field of a property (description, default, deprecation, type).</summary>
    public InputObjectTypeDescriptor<T> Field<TValue>(Expression<Func<T, TValue>> property, Action<InputFieldDefinition> configure)
    {
        if (property.Body is MemberExpression member)
        {
            FieldConfigurations[member.Member.Name] = configure;
        }

        return this;
    }

    /// <summary>Leaves a property out.</summary>
    public InputObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> property)
    {
        if (property.Body is MemberExpression member)
        {
            Ignored.Add(member.Member.Name);
        }

        return this;
    }
}

/// <summary>A code-first input object type whose fields are the public properties of <typeparamref name="T"/>; coerced values become <typeparamref name="T"/> instances.</summary>
/// <typeparam name="T">The CLR record or class.</typeparam>
public class InputObjectType<T> : InputObjectType, ICodeFirstType
{
    private readonly Action<InputObjectTypeDescriptor<T>>? _configure;
    private InputObjectTypeDescriptor<T>? _descriptor;

    /// <summary>Creates the type.</summary>
    public InputObjectType()
        : base(DefaultName())
    {
        RuntimeType = typeof(T);
        Description = typeof(T).GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description;
    }

    /// <summary>Creates the type shaped by a delegate.</summary>
    public InputObjectType(Action<InputObjectTypeDescriptor<T>> configure)
        : this() => _configure = configure;

    /// <summary>Shapes the type.</summary>
    protected virtual void Configure(InputObjectTypeDescriptor<T> descriptor)
    {
    }

    void ICodeFirstType.Declare()
    {
        _descriptor = new InputObjectTypeDescriptor<T>();
        Configure(_descriptor);
        _configure?.Invoke(_descriptor);
        Name = _descriptor.TypeName ?? Name;
        Description = _descriptor.TypeDescription ?? Description;
        IsOneOf = _descriptor.OneOf;
    }

    void ICodeFirstType.Complete(ITypeInference types)
    {
        var runtimeNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (_descriptor!.Ignored.Contains(property.Name) || property.GetCustomAttribute<GraphQLIgnoreAttribute>() is not null)
            {
                continue;
            }

            var type = property.GetCustomAttribute<GraphQLTypeAttribute>() is { } typeAttribute
                ? types.Reference(typeAttribute.Type)
                : types.Input(property.PropertyType, ClrMembers.NullabilityOf(property));
            var field = new InputFieldDefinition(ClrMembers.FieldName(property), type)
            {
                RuntimeName = property.Name,
                Description = property.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
                DeprecationReason = property.GetCustomAttribute<GraphQLDeprecatedAttribute>()?.Reason,
            };
            var parameter = typeof(T).GetConstructors().SelectMany(c => c.GetParameters())
                .FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase) && p.HasDefaultValue);
            if (parameter is not null && parameter.DefaultValue is not null)
            {
                field.SetDefaultValue(parameter.ParameterType.IsEnum ? Enum.ToObject(parameter.ParameterType, parameter.DefaultValue) : parameter.DefaultValue);
            }

            if (_descriptor.FieldConfigurations.TryGetValue(property.Name, out var configure))
            {
                configure(field);
            }

            runtimeNames[field.Name] = property.Name;
            AddField(field);
        }

        Factory = values => ValueConverter.ToObject(
            values.Select(v => new KeyValuePair<string, object?>(runtimeNames.GetValueOrDefault(v.Key, v.Key), v.Value)),
            typeof(T));
    }

    private static string DefaultName()
    {
        var name = ClrMembers.TypeName(typeof(T));
        return name.EndsWith("Input", StringComparison.Ordinal) ? name : name + "Input";
    }
}
