using System.Reflection;
using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>Generates HotChocolate's filter and sort input types from a CLR model.</summary>
internal static class DataInputTypes
{
    private static readonly string[] ComparableOperations = ["gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    private static readonly string[] StringOperations = ["contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"];

    // The members each generated input was made with, to catch a second field asking for other members under the same name.
    private static readonly ConditionalWeakTable<InputObjectType, HashSet<string>> OfferedBy = [];

    /// <summary>The filter input of <paramref name="clrType"/>, offering the properties <paramref name="offers"/> accepts (all when null).</summary>
    public static InputObjectType Filter(Type clrType, ITypeInference types, Func<PropertyInfo, bool>? offers = null, bool nested = false)
    {
        var name = ClrMembers.TypeName(clrType) + "FilterInput";
        var filter = (InputObjectType)types.Declare(name, _ => new InputObjectType(name));
        if (filter.Fields.Count > 0)
        {
            return nested ? filter : Same(filter, clrType, offers);
        }

        OfferedBy.AddOrUpdate(filter, Offered(clrType, offers));
        var list = new ListType(new NonNullType(filter));
        filter.AddField("and", list);
        filter.AddField("or", list);
        foreach (var property in Properties(clrType).Where(p => offers?.Invoke(p) ?? true))
        {
            if (FieldFilter(property.PropertyType, types) is { } fieldType)
            {
                filter.AddField(new InputFieldDefinition(ClrMembers.FieldName(property), fieldType) { RuntimeName = property.Name });
            }
        }

        return filter;
    }

    /// <summary>The sort input of <paramref name="clrType"/>, offering the properties <paramref name="offers"/> accepts (all when null).</summary>
    public static InputObjectType Sort(Type clrType, ITypeInference types, Func<PropertyInfo, bool>? offers = null, bool nested = false)
    {
        var name = ClrMembers.TypeName(clrType) + "SortInput";
        var sort = (InputObjectType)types.Declare(name, _ => new InputObjectType(name));
        if (sort.Fields.Count > 0)
        {
            return nested ? sort : Same(sort, clrType, offers);
        }

        OfferedBy.AddOrUpdate(sort, Offered(clrType, offers));
        var direction = types.Declare("SortEnumType", _ => SortEnumType());
        foreach (var property in Properties(clrType).Where(p => offers?.Invoke(p) ?? true))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            INamedType? fieldType = Scalar(type) || type.IsEnum || types.BoundScalar(type) is not null ? direction
                : IsObject(type) ? Sort(type, types, nested: true)
                : null;
            if (fieldType is not null)
            {
                sort.AddField(new InputFieldDefinition(ClrMembers.FieldName(property), fieldType) { RuntimeName = property.Name });
            }
        }

        return sort;
    }

    public static IEnumerable<PropertyInfo> Properties(Type clrType) =>
        clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<GraphQLIgnoreAttribute>() is null);

    public static Type? ListElement(Type type) =>
        type != typeof(string) && type.GetInterfaces().Concat([type]).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable
            ? enumerable.GetGenericArguments()[0]
            : null;

    private static IGraphQLType? FieldFilter(Type propertyType, ITypeInference types)
    {
        var type = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        if (type.IsEnum)
        {
            var enumType = types.Input(type, null).NamedType();
            return types.Declare(enumType.Name + "OperationFilterInput", _ => Operations(enumType.Name + "OperationFilterInput", enumType, comparable: false));
        }

        if (!Scalar(type) && type.IsValueType && types.BoundScalar(type) is { } bound)
        {
            // A scalar of the schema's own (a month, a money amount): equality always, order when the CLR type has one.
            var name = bound.Name + "OperationFilterInput";
            return types.Declare(name, _ => Operations(name, bound, comparable: HasOrderOperators(type)));
        }

        if (Scalar(type))
        {
            var scalar = types.Input(type, null).NamedType();
            var name = (scalar.Name == "UUID" ? "Uuid" : scalar.Name) + "OperationFilterInput";
            return types.Declare(name, _ => type == typeof(string)
                ? WithStringOperations(Operations(name, scalar, comparable: false))
                : Operations(name, scalar, comparable: type != typeof(bool)));
        }

        if (ListElement(type) is { } element && IsObject(element))
        {
            var elementFilter = Filter(element, types, nested: true);
            var name = "ListFilterInputTypeOf" + elementFilter.Name;
            return types.Declare(name, _ =>
            {
                var listFilter = new InputObjectType(name);
                listFilter.AddField("all", elementFilter);
                listFilter.AddField("none", elementFilter);
                listFilter.AddField("some", elementFilter);
                listFilter.AddField("any", Scalars.Boolean);
                return listFilter;
            });
        }

        return IsObject(type) ? Filter(type, types, nested: true) : null;
    }

    private static InputObjectType Operations(string name, INamedType operand, bool comparable)
    {
        var operations = new InputObjectType(name);
        var list = new ListType(new NonNullType(operations));
        operations.AddField("and", list);
        operations.AddField("or", list);
        operations.AddField("eq", operand);
        operations.AddField("neq", operand);
        if (operand.Name != "Boolean")
        {
            operations.AddField("in", new ListType(operand));
            operations.AddField("nin", new ListType(operand));
        }

        if (comparable)
        {
            foreach (var operation in ComparableOperations)
            {
                operations.AddField(operation, operand);
            }
        }

        return operations;
    }

    private static InputObjectType WithStringOperations(InputObjectType operations)
    {
        foreach (var operation in StringOperations)
        {
            operations.AddField(operation, Scalars.String);
        }

        return operations;
    }

    private static EnumType SortEnumType()
    {
        var direction = new EnumType("SortEnumType");
        direction.AddValue(new EnumValue("ASC", "ASC"));
        direction.AddValue(new EnumValue("DESC", "DESC"));
        return direction;
    }

    private static bool Scalar(Type type) =>
        type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(short) || type == typeof(long)
        || type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly);

    private static bool HasOrderOperators(Type type) =>
        new[] { "op_GreaterThan", "op_GreaterThanOrEqual", "op_LessThan", "op_LessThanOrEqual" }
            .All(name => type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]) is not null);

    // One input per node type: a second field generating it with other members would silently get the first one's.
    private static InputObjectType Same(InputObjectType declared, Type clrType, Func<PropertyInfo, bool>? offers)
    {
        var expected = Offered(clrType, offers);
        return !OfferedBy.TryGetValue(declared, out var first) || first.SetEquals(expected)
            ? declared
            : throw new InvalidOperationException("The input \"" + declared.Name + "\" is generated twice with different members ("
                + string.Join(", ", first.Order(StringComparer.Ordinal)) + " against " + string.Join(", ", expected.Order(StringComparer.Ordinal))
                + "); give every field that filters or sorts " + clrType.Name + " the same members.");
    }

    private static HashSet<string> Offered(Type clrType, Func<PropertyInfo, bool>? offers) =>
        [.. Properties(clrType).Where(p => offers?.Invoke(p) ?? true).Select(ClrMembers.FieldName)];

    private static bool IsObject(Type type) => type.IsClass && type != typeof(string) && ListElement(type) is null;
}
