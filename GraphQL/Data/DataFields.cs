using System.Collections;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>Adds HotChocolate's <c>where</c> and <c>order</c> arguments to a field that resolves to an <see cref="IQueryable{T}"/>.</summary>
public static class DataFields
{
    internal const string PagedKey = "data.paged";

    /// <summary>Adds <c>where: XFilterInput</c>, generated from <typeparamref name="T"/>, and applies it to the resolver's query.</summary>
    public static FieldDescriptor UseFiltering<T>(this FieldDescriptor field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var name = ClrMembers.TypeName(typeof(T)) + "FilterInput";
        field.Arguments.Add(new ArgumentDescriptor("where", TypeSpec.FromNamed(name, types => types.Reference(name), types => DataInputTypes.Filter(typeof(T), types))));
        return field.Use(next => async context =>
        {
            var result = await next(context).ConfigureAwait(false);
            if (context.Arguments.GetValueOrDefault("where") is not IReadOnlyDictionary<string, object?> where)
            {
                return result;
            }

            var predicate = FilterExpressions.Predicate<T>(where);
            return result switch
            {
                SortedQuery<T> sorted => sorted with { Query = sorted.Query.Where(predicate) },
                IQueryable<T> query => query.Where(predicate),
                IEnumerable<T> items => items.AsQueryable().Where(predicate),
                _ => result,
            };
        });
    }

    /// <summary>
    /// Adds <c>order: [XSortInput!]</c>, generated from <typeparamref name="T"/>, and orders the resolver's query by it;
    /// on a paged field the paging adds the unique key last, so ties keep a stable order.
    /// </summary>
    public static FieldDescriptor UseSorting<T>(this FieldDescriptor field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var name = ClrMembers.TypeName(typeof(T)) + "SortInput";
        field.Arguments.Add(new ArgumentDescriptor("order", TypeSpec.FromNamed(name, types => types.Reference("[" + name + "!]"), types => DataInputTypes.Sort(typeof(T), types))));
        return field.Use(next => async context =>
        {
            var result = await next(context).ConfigureAwait(false);
            if (context.Arguments.GetValueOrDefault("order") is not IEnumerable order || result is not (IQueryable<T> or IEnumerable<T>))
            {
                return result;
            }

            var query = result as IQueryable<T> ?? ((IEnumerable<T>)result).AsQueryable();
            var keys = SortExpressions.Keys<T>(order);
            return context.Field.Metadata.ContainsKey(PagedKey) ? new SortedQuery<T>(query, keys) : CursorPaging.Order(query, keys, reverse: false);
        });
    }
}
