using System.Linq.Expressions;

namespace GraphQL.Data;

/// <summary>One key of a list's order: a member path of the node and its direction.</summary>
public sealed class SortKey
{
    private readonly KeyReader _reader;

    /// <summary>Creates a key from a selector such as <c>c => c.Name</c>.</summary>
    public SortKey(LambdaExpression selector, bool descending)
        : this(selector, descending, new KeyReader(selector ?? throw new ArgumentNullException(nameof(selector))))
    {
    }

    private SortKey(LambdaExpression selector, bool descending, KeyReader reader)
    {
        Selector = selector;
        Descending = descending;
        _reader = reader;
    }

    /// <summary>The node's value the list is ordered by.</summary>
    public LambdaExpression Selector { get; }

    /// <summary>True when the list is ordered from the largest value down.</summary>
    public bool Descending { get; }

    /// <summary>The CLR type of the key.</summary>
    public Type KeyType => Selector.ReturnType;

    /// <summary>The same key in the given direction, sharing the compiled reader (compiling is what costs).</summary>
    internal SortKey InDirection(bool descending) => descending == Descending ? this : new SortKey(Selector, descending, _reader);

    internal object? Read(object node) => _reader.Read(node);

    internal Expression Body(ParameterExpression parameter) => new ParameterReplacer(Selector.Parameters[0], parameter).Visit(Selector.Body);

    /// <summary>Reads a key's value from a node for its cursor, compiled on first use.</summary>
    private sealed class KeyReader(LambdaExpression selector)
    {
        private Func<object, object?>? _read;

        public object? Read(object node)
        {
            if (_read is null)
            {
                var source = Expression.Parameter(typeof(object), "node");
                var body = new ParameterReplacer(selector.Parameters[0], Expression.Convert(source, selector.Parameters[0].Type)).Visit(selector.Body);
                _read = Expression.Lambda<Func<object, object?>>(Expression.Convert(body, typeof(object)), source).Compile();
            }

            return _read(node);
        }
    }
}

/// <summary>Rewrites a lambda's parameter so several lambdas share one.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
