using System.Collections;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>Adds HotChocolate's <c>where</c> and <c>order</c> arguments to a field that resolves to an <see cref="IQueryable{T}"/>.</summary>
public static class DataFields
{
    internal const string PagedKey = "data.paged";

    /// <summary>Adds <c>where: XFilterInput</c>, generated from <typeparamref name="T"/>, and applies it to the resolver's query.</summary>
    public static FieldDescriptor UseFiltering<T>(this FieldDescriptor field) => field.UseFiltering<T>(null);

    /// <summary>
    /// Adds <c>where: XFilterInput</c> with the members of <typeparamref name="T"/> that <paramref name="configure"/> offers
    /// (e.g. <c>f =&gt; f.BindFieldsExplicitly().Field(x =&gt; x.Month)</c>), and applies it to the resolver's query.
    /// </summary>
    public static FieldDescriptor UseFiltering<T>(this FieldDescriptor field, Action<DataInputDescriptor<T>>? configure)
    {
        ArgumentNullException.ThrowIfNull(field);
        var members = new DataInputDescriptor<T>();
        configure?.Invoke(members);
        var name = ClrMembers.TypeName(typeof(T)) + "FilterInput";
        field.Arguments.Add(new ArgumentDescriptor("where", TypeSpec.FromNamed(
            name,
            // Generated (or checked against the first field's members) for every field, then referred to.
            types =>
            {
                DataInputTypes.Filter(typeof(T), types, members.Offers);
                return types.Reference(name);
            },
            types => DataInputTypes.Filter(typeof(T), types, members.Offers))));
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
    public static FieldDescriptor UseSorting<T>(this FieldDescriptor field) => field.UseSorting<T>(null);

    /// <summary>
    /// Adds <c>order: [XSortInput!]</c> with the members of <typeparamref name="T"/> that <paramref name="configure"/> offers,
    /// and orders the resolver's query by the client's order or, without one, by the descriptor's <c>DefaultOrder</c>.
    /// </summary>
    public static FieldDescriptor UseSorting<T>(this FieldDescriptor field, Action<SortInputDescriptor<T>>? configure)
    {
        ArgumentNullException.ThrowIfNull(field);
        var members = new SortInputDescriptor<T>();
        configure?.Invoke(members);
        var name = ClrMembers.TypeName(typeof(T)) + "SortInput";
        field.Arguments.Add(new ArgumentDescriptor("order", TypeSpec.FromNamed(
            name,
            // Generated (or checked against the first field's members) for every field, then referred to.
            types =>
            {
                DataInputTypes.Sort(typeof(T), types, members.Offers);
                return types.Reference("[" + name + "!]");
            },
            types => DataInputTypes.Sort(typeof(T), types, members.Offers))));
        return field.Use(next => async context =>
        {
            var result = await next(context).ConfigureAwait(false);
            var order = context.Arguments.GetValueOrDefault("order") as IEnumerable;
            if ((order is null && members.DefaultKeys.Count == 0) || result is not (IQueryable<T> or IEnumerable<T>))
            {
                return result;
            }

            var query = result as IQueryable<T> ?? ((IEnumerable<T>)result).AsQueryable();
            var keys = order is null ? members.DefaultKeys : SortExpressions.Keys<T>(order);
            return context.Field.Metadata.ContainsKey(PagedKey) ? new SortedQuery<T>(query, keys) : CursorPaging.Order(query, keys, reverse: false);
        });
    }
}
