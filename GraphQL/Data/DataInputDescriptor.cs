using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Data;

/// <summary>
/// Which members of <typeparamref name="T"/> a generated <c>XFilterInput</c> or <c>XSortInput</c> offers, like HotChocolate's
/// <c>FilterInputType&lt;T&gt;</c>: every public member by default, minus <see cref="Ignore"/>d ones; after
/// <see cref="BindFieldsExplicitly"/> only the members named with <see cref="Field"/>. Applies to the node's own members;
/// nested objects keep their generated inputs.
/// </summary>
public class DataInputDescriptor<T>
{
    private readonly HashSet<string> _bound = [];
    private readonly HashSet<string> _ignored = [];
    private bool _explicit;

    /// <summary>Offers only the members named with <see cref="Field"/>.</summary>
    public DataInputDescriptor<T> BindFieldsExplicitly()
    {
        _explicit = true;
        return this;
    }

    /// <summary>Offers <paramref name="member"/> (a property of the node, e.g. <c>d =&gt; d.Month</c>).</summary>
    public DataInputDescriptor<T> Field<TValue>(Expression<Func<T, TValue>> member)
    {
        _bound.Add(PropertyOf(member).Name);
        return this;
    }

    /// <summary>Leaves <paramref name="member"/> out of the input.</summary>
    public DataInputDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member)
    {
        _ignored.Add(PropertyOf(member).Name);
        return this;
    }

    /// <summary>Whether the input offers <paramref name="property"/>, a property of the node.</summary>
    internal bool Offers(PropertyInfo property) => !_ignored.Contains(property.Name) && (!_explicit || _bound.Contains(property.Name));

    private static PropertyInfo PropertyOf(LambdaExpression member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } boxed ? boxed.Operand : member.Body;
        return body is MemberExpression { Member: PropertyInfo property } access && access.Expression == member.Parameters[0]
            ? property
            : throw new ArgumentException("Give a property of " + typeof(T).Name + " itself, such as x => x.Name; " + member + " is not one.", nameof(member));
    }
}

/// <summary>The members of a generated <c>XSortInput</c> and the order a list has when the client gives none.</summary>
public sealed class SortInputDescriptor<T> : DataInputDescriptor<T>
{
    private readonly List<SortKey> _defaultOrder = [];

    /// <summary>The order without an <c>order</c> argument, key by key (the paging adds the unique key last).</summary>
    public IReadOnlyList<SortKey> DefaultKeys => _defaultOrder;

    /// <summary>Orders the list by <paramref name="key"/> when the client gives no <c>order</c>; call again for a next key.</summary>
    public SortInputDescriptor<T> DefaultOrder<TKey>(Expression<Func<T, TKey>> key, bool descending = false)
    {
        ArgumentNullException.ThrowIfNull(key);
        _defaultOrder.Add(new SortKey(key, descending));
        return this;
    }
}
