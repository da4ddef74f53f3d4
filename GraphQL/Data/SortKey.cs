using System.Linq.Expressions;

namespace GraphQL.Data;

/// <summary>One key of a list's order: a member path of the node and its direction.</summary>
public sealed class SortKey
{
    private Func<object, object?>? _read;

    /// <summary>Creates a key from a selector such as <c>c => c.Name</c>.</summary>
    public SortKey(LambdaExpression selector, bool descending)
    {
        ArgumentNullException.ThrowIfNull(selector);
        Selector = selector;
        Descending = descending;
    }

    /// <summary>The node's value the list is ordered by.</summary>
    public LambdaExpression Selector { get; }

    /// <summary>True when the list is ordered from the largest value down.</summary>
    public bool Descending { get; }

    /// <summary>The CLR type of the key.</summary>
    public Type KeyType => Selector.ReturnType;

    internal object? Read(object node)
    {
        if (_read is null)
        {
            var source = Expression.Parameter(typeof(object), "node");
            var body = new ParameterReplacer(Selector.Parameters[0], Expression.Convert(source, Selector.Parameters[0].Type)).Visit(Selector.Body);
            _read = Expression.Lambda<Func<object, object?>>(Expression.Convert(body, typeof(object)), source).Compile();
        }

        return _read(node);
    }

    internal Expression Body(ParameterExpression parameter) => new ParameterReplacer(Selector.Parameters[0], parameter).Visit(Selector.Body);
}

/// <summary>Rewrites a lambda's parameter so several lambdas share one.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
