using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using GraphQL.Error;

namespace GraphQL.Data;

/// <summary>The <c>first/after/last/before</c> arguments of a cursor-paged field.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before);

/// <summary>One page asked of a sorted list: the rows between the cursors, how many to read and in which direction.</summary>
internal sealed record PagePlan<T>(IQueryable<T> Query, IReadOnlyList<SortKey> Keys, PagingArguments Arguments, bool Backwards, int Take);

/// <summary>
/// Keyset paging over <see cref="IQueryable{T}"/>: cursors hold the values of the sort keys (the last key is unique),
/// so a cursor stays valid when rows before it are deleted and every page is one indexed range query.
/// </summary>
public static class CursorPaging
{
    /// <summary>The <c>extensions.code</c> of a cursor that was not issued by this field.</summary>
    public const string InvalidCursorCode = "PAGINATION_CURSOR_INVALID";

    /// <summary>The <c>extensions.code</c> of a <c>first</c> or <c>last</c> above the maximum page size or below zero.</summary>
    public const string PageSizeCode = "PAGINATION_PAGE_SIZE_INVALID";

    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>Reads one page of <paramref name="source"/> ordered by <paramref name="keys"/>, whose last key must be unique.</summary>
    public static async ValueTask<Connection> PageAsync<T>(
        IQueryable<T> source,
        IReadOnlyList<SortKey> keys,
        PagingArguments arguments,
        PagingOptions options,
        CancellationToken cancellationToken)
        where T : class
    {
        var plan = Plan(source, keys, arguments, options);
        var rows = await AsyncQueryable.ToListAsync(Order(plan.Query, keys, plan.Backwards).Take(plan.Take + 1), cancellationToken).ConfigureAwait(false);
        return ToConnection(rows, plan, token => AsyncQueryable.CountAsync(source, token));
    }

    /// <summary>Checks the page size and narrows <paramref name="source"/> to the rows between the cursors.</summary>
    internal static PagePlan<T> Plan<T>(IQueryable<T> source, IReadOnlyList<SortKey> keys, PagingArguments arguments, PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(arguments);
        CheckSize(arguments.First, "first", options);
        CheckSize(arguments.Last, "last", options);

        var query = source;
        if (arguments.After is not null)
        {
            query = query.Where(After<T>(keys, Decode(arguments.After, keys), reverse: false));
        }

        if (arguments.Before is not null)
        {
            query = query.Where(After<T>(keys, Decode(arguments.Before, keys), reverse: true));
        }

        return new PagePlan<T>(query, keys, arguments, arguments.Last is not null && arguments.First is null, arguments.First ?? arguments.Last ?? options.DefaultPageSize);
    }

    /// <summary>Turns the rows read for a plan (at most one more than the page, in the plan's order) into the page.</summary>
    internal static Connection ToConnection<T>(List<T> rows, PagePlan<T> plan, Func<CancellationToken, ValueTask<int>> countTotal)
        where T : class
    {
        var arguments = plan.Arguments;
        var more = rows.Count > plan.Take;
        if (more)
        {
            rows.RemoveRange(plan.Take, rows.Count - plan.Take);
        }

        if (plan.Backwards)
        {
            rows.Reverse();
        }

        var trimmedByLast = false;
        if (arguments.First is not null && arguments.Last is { } last && rows.Count > last)
        {
            rows.RemoveRange(0, rows.Count - last);
            trimmedByLast = true;
        }

        var edges = rows.Select(row => new Edge(Encode(plan.Keys, row), row)).ToList();
        var pageInfo = plan.Backwards
            ? new PageInfo(arguments.Before is not null, more, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor)
            : new PageInfo(more, arguments.After is not null || trimmedByLast, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, countTotal);
    }

    /// <summary>Orders <paramref name="query"/> by the keys, or by their reverse.</summary>
    public static IQueryable<T> Order<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, bool reverse)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Provider.CreateQuery<T>(Ordered(query.Expression, typeof(T), keys, reverse));
    }

    /// <summary>The query expression <paramref name="source"/> (of <paramref name="row"/>s) ordered by the keys, or by their reverse.</summary>
    internal static Expression Ordered(Expression source, Type row, IReadOnlyList<SortKey> keys, bool reverse)
    {
        var expression = source;
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending != reverse;
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (descending ? "Descending" : string.Empty);
            expression = Expression.Call(typeof(Queryable), method, [row, keys[i].KeyType], expression, Expression.Quote(keys[i].Selector));
        }

        return expression;
    }

    private static void CheckSize(int? size, string argument, PagingOptions options)
    {
        if (size is { } value && (value < 0 || value > options.MaxPageSize))
        {
            throw new GraphQLException(new GraphQLError(
                value < 0
                    ? "The argument \"" + argument + "\" must not be negative."
                    : "The maximum allowed items per page were exceeded: \"" + argument + "\" is " + value + ", the maximum is " + options.MaxPageSize + ".",
                extensions: new Dictionary<string, object?> { ["code"] = PageSizeCode }));
        }
    }

    // Rows strictly after the cursor in key order: k1 > v1 OR (k1 = v1 AND k2 > v2) OR ...
    private static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortKey> keys, object?[] values, bool reverse)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var key = keys[i].Body(row);
            var value = Expression.Constant(values[i], keys[i].KeyType);
            var beyond = Beyond(key, value, keys[i].Descending != reverse);
            any = any is null ? beyond : Expression.OrElse(beyond, Expression.AndAlso(Expression.Equal(key, value), any));
        }

        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    private static Expression Beyond(Expression key, Expression value, bool descending)
    {
        var type = Nullable.GetUnderlyingType(key.Type) ?? key.Type;
        if (type == typeof(string))
        {
            var compared = Expression.Call(StringCompare, key, value);
            return descending ? Expression.LessThan(compared, Expression.Constant(0)) : Expression.GreaterThan(compared, Expression.Constant(0));
        }

        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            key = Expression.Convert(key, underlying);
            value = Expression.Convert(value, underlying);
        }
        else if (type == typeof(Guid) || type == typeof(bool))
        {
            var compared = Expression.Call(key, type.GetMethod(nameof(IComparable.CompareTo), [type])!, value);
            return descending ? Expression.LessThan(compared, Expression.Constant(0)) : Expression.GreaterThan(compared, Expression.Constant(0));
        }

        return descending ? Expression.LessThan(key, value) : Expression.GreaterThan(key, value);
    }

    private static string Encode(IReadOnlyList<SortKey> keys, object row)
    {
        var values = new object?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            values[i] = keys[i].Read(row);
        }

        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(values));
    }

    private static object?[] Decode(string cursor, IReadOnlyList<SortKey> keys)
    {
        try
        {
            using var document = JsonDocument.Parse(Convert.FromBase64String(cursor));
            var array = document.RootElement;
            if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() != keys.Count)
            {
                throw InvalidCursor(cursor, null);
            }

            var values = new object?[keys.Count];
            for (var i = 0; i < keys.Count; i++)
            {
                values[i] = array[i].Deserialize(keys[i].KeyType);
            }

            return values;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException)
        {
            throw InvalidCursor(cursor, exception);
        }
    }

    private static GraphQLException InvalidCursor(string cursor, Exception? inner) => new(new GraphQLError(
        "The cursor \"" + cursor + "\" is not valid for this list.",
        extensions: new Dictionary<string, object?> { ["code"] = InvalidCursorCode },
        originalError: inner));
}
