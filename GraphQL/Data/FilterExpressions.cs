using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>Translates a coerced <c>where</c> argument into a LINQ predicate that EF Core runs in SQL.</summary>
public static class FilterExpressions
{
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    /// <summary>The predicate of <paramref name="filter"/> (an <c>XFilterInput</c> value) over <typeparamref name="T"/>.</summary>
    public static Expression<Func<T, bool>> Predicate<T>(IReadOnlyDictionary<string, object?> filter)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Object(filter, row), row);
    }

    private static Expression Object(IReadOnlyDictionary<string, object?> filter, Expression instance)
    {
        var parts = new List<Expression>();
        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            if (name is "and" or "or")
            {
                var children = Items(value).Select(child => Object(Map(child), instance)).ToList();
                if (children.Count > 0)
                {
                    parts.Add(children.Aggregate(name == "and" ? Expression.AndAlso : Expression.OrElse));
                }

                continue;
            }

            var property = DataInputTypes.Properties(instance.Type).First(p => ClrMembers.FieldName(p) == name);
            parts.Add(Field(Expression.Property(instance, property), Map(value)));
        }

        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression Field(Expression member, IReadOnlyDictionary<string, object?> operations)
    {
        var type = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
        if (type != typeof(string) && DataInputTypes.ListElement(type) is { } element)
        {
            return List(member, element, operations);
        }

        if (type.IsClass && type != typeof(string))
        {
            return Object(operations, member);
        }

        var parts = new List<Expression>();
        foreach (var (name, value) in operations)
        {
            if (name is "and" or "or")
            {
                var children = Items(value).Select(child => Field(member, Map(child))).ToList();
                if (children.Count > 0)
                {
                    parts.Add(children.Aggregate(name == "and" ? Expression.AndAlso : Expression.OrElse));
                }

                continue;
            }

            if (value is null && name is not ("eq" or "neq"))
            {
                continue;
            }

            parts.Add(Operation(member, name, value));
        }

        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression Operation(Expression member, string name, object? value) => name switch
    {
        "eq" => Expression.Equal(member, Constant(value, member.Type)),
        "neq" => Expression.NotEqual(member, Constant(value, member.Type)),
        "in" => In(member, value!),
        "nin" => Expression.Not(In(member, value!)),
        "contains" => Text(member, StringContains, value!),
        "ncontains" => Expression.Not(Text(member, StringContains, value!)),
        "startsWith" => Text(member, StringStartsWith, value!),
        "nstartsWith" => Expression.Not(Text(member, StringStartsWith, value!)),
        "endsWith" => Text(member, StringEndsWith, value!),
        "nendsWith" => Expression.Not(Text(member, StringEndsWith, value!)),
        "gt" => Comparison(member, value!, ExpressionType.GreaterThan),
        "ngt" => Expression.Not(Comparison(member, value!, ExpressionType.GreaterThan)),
        "gte" => Comparison(member, value!, ExpressionType.GreaterThanOrEqual),
        "ngte" => Expression.Not(Comparison(member, value!, ExpressionType.GreaterThanOrEqual)),
        "lt" => Comparison(member, value!, ExpressionType.LessThan),
        "nlt" => Expression.Not(Comparison(member, value!, ExpressionType.LessThan)),
        "lte" => Comparison(member, value!, ExpressionType.LessThanOrEqual),
        "nlte" => Expression.Not(Comparison(member, value!, ExpressionType.LessThanOrEqual)),
        _ => throw new InvalidOperationException("Unknown filter operation \"" + name + "\"."),
    };

    // Lower-casing both sides makes text matching case-insensitive on SQLite and PostgreSQL alike.
    private static Expression Text(Expression member, MethodInfo method, object value) =>
        Expression.AndAlso(
            Expression.NotEqual(member, Expression.Constant(null, typeof(string))),
            Expression.Call(Expression.Call(member, ToLower), method, Expression.Constant(((string)value).ToLowerInvariant())));

    private static Expression Comparison(Expression member, object value, ExpressionType comparison)
    {
        var type = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
        if (type == typeof(Guid))
        {
            var compared = Expression.Call(Expression.Convert(member, type), type.GetMethod(nameof(Guid.CompareTo), [type])!, Constant(value, type));
            return Expression.MakeBinary(comparison, compared, Expression.Constant(0));
        }

        return Expression.MakeBinary(comparison, member, Constant(value, member.Type));
    }

    private static Expression In(Expression member, object values)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        foreach (var item in Items(values))
        {
            list.Add(Convert(item, member.Type));
        }

        var contains = typeof(Enumerable).GetMethods().First(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(member.Type);
        return Expression.Call(contains, Expression.Constant(list), member);
    }

    private static Expression List(Expression member, Type element, IReadOnlyDictionary<string, object?> operations)
    {
        var parts = new List<Expression>();
        foreach (var (name, value) in operations)
        {
            if (value is null)
            {
                continue;
            }

            if (name == "any")
            {
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [element], member);
                parts.Add((bool)value ? any : Expression.Not(any));
                continue;
            }

            var row = Expression.Parameter(element, "item");
            var predicate = Expression.Lambda(Object(Map(value), row), row);
            var method = name == "all" ? nameof(Enumerable.All) : nameof(Enumerable.Any);
            var call = Expression.Call(typeof(Enumerable), method, [element], member, predicate);
            parts.Add(name == "none" ? Expression.Not(call) : call);
        }

        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static ConstantExpression Constant(object? value, Type type) => Expression.Constant(Convert(value, type), type);

    private static object? Convert(object? value, Type type)
    {
        if (value is null || type.IsInstanceOfType(value))
        {
            return value;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            DateTimeOffset instant when target == typeof(DateTime) => instant.UtcDateTime,
            _ when target.IsEnum => Enum.ToObject(target, value is string text ? Enum.Parse(target, text, ignoreCase: true) : value),
            _ => ValueConverter.Convert(value, target),
        };
    }

    private static IEnumerable<object?> Items(object? value) => value is IEnumerable items and not string ? items.Cast<object?>() : [value];

    private static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new InvalidOperationException("A filter value must be an input object.");
}
