using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>What a visitor wants the walker to do after entering a node.</summary>
public enum VisitorAction
{
    /// <summary>Visit the node's children, then leave it.</summary>
    Continue,
    /// <summary>Do not visit the node's children, and do not call Leave for it.</summary>
    Skip,
    /// <summary>Stop the whole walk.</summary>
    Break,
}

/// <summary>
/// A visitor over an AST: <see cref="Enter"/> before a node's children, <see cref="Leave"/> after them.
/// Override and switch on <see cref="Node.Kind"/>; the ancestors (root first, parent last) are passed along.
/// </summary>
public abstract class AstVisitor
{
    /// <summary>Called before the node's children are visited.</summary>
    public virtual VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors) => VisitorAction.Continue;

    /// <summary>Called after the node's children were visited (not for skipped nodes).</summary>
    public virtual VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors) => VisitorAction.Continue;
}

/// <summary>
/// Walks an AST depth-first in graphql-js's key order, calling an <see cref="AstVisitor"/>.
/// No reflection: each node kind lists its children here.
/// </summary>
public sealed class AstWalker
{
    private readonly AstVisitor _visitor;
    private readonly List<Node> _ancestors = new(32);

    /// <summary>Creates a walker for the visitor.</summary>
    /// <param name="visitor">The visitor to call.</param>
    /// <param name="visitNames">Whether <see cref="NameNode"/>s are visited (validation does not need them).</param>
    /// <param name="visitDescriptions">Whether descriptions are visited (validation skips them, as graphql-js does).</param>
    public AstWalker(AstVisitor visitor, bool visitNames = true, bool visitDescriptions = true)
    {
        _visitor = visitor;
        VisitNames = visitNames;
        VisitDescriptions = visitDescriptions;
    }

    /// <summary>Whether name nodes are visited.</summary>
    public bool VisitNames { get; }

    /// <summary>Whether description string nodes are visited.</summary>
    public bool VisitDescriptions { get; }

    /// <summary>Walks the tree rooted at <paramref name="root"/>; returns false when a visitor broke off the walk.</summary>
    public bool Walk(Node root)
    {
        _ancestors.Clear();
        return Visit(root);
    }

    /// <summary>Walks a tree with a visitor; returns false when the visitor broke off the walk.</summary>
    public static bool Walk(Node root, AstVisitor visitor) => new AstWalker(visitor).Walk(root);

    private bool Visit(Node? node)
    {
        if (node is null)
        {
            return true;
        }

        var action = _visitor.Enter(node, _ancestors);
        if (action == VisitorAction.Break)
        {
            return false;
        }

        if (action == VisitorAction.Skip)
        {
            return true;
        }

        _ancestors.Add(node);
        var completed = VisitChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        return completed && _visitor.Leave(node, _ancestors) != VisitorAction.Break;
    }

    private bool Name(NameNode? name) => !VisitNames || Visit(name);

    private bool Description(StringValueNode? description) => !VisitDescriptions || Visit(description);

    private bool All<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!Visit(nodes[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool VisitChildren(Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.Document:
            {
                var n = (DocumentNode)node;
                return All(n.Definitions);
            }

            case NodeKind.OperationDefinition:
            {
                var n = (OperationDefinitionNode)node;
                return Description(n.Description) && Name(n.Name) && All(n.VariableDefinitions) && All(n.Directives) && Visit(n.SelectionSet);
            }

            case NodeKind.VariableDefinition:
            {
                var n = (VariableDefinitionNode)node;
                return Description(n.Description) && Visit(n.Variable) && Visit(n.Type) && Visit(n.DefaultValue) && All(n.Directives);
            }

            case NodeKind.Variable:
            {
                var n = (VariableNode)node;
                return Name(n.Name);
            }

            case NodeKind.SelectionSet:
            {
                var n = (SelectionSetNode)node;
                return All(n.Selections);
            }

            case NodeKind.Field:
            {
                var n = (FieldNode)node;
                return Name(n.Alias) && Name(n.Name) && All(n.Arguments) && All(n.Directives) && Visit(n.SelectionSet);
            }

            case NodeKind.Argument:
            {
                var n = (ArgumentNode)node;
                return Name(n.Name) && Visit(n.Value);
            }

            case NodeKind.FragmentSpread:
            {
                var n = (FragmentSpreadNode)node;
                return Name(n.Name) && All(n.Directives);
            }

            case NodeKind.InlineFragment:
            {
                var n = (InlineFragmentNode)node;
                return Visit(n.TypeCondition) && All(n.Directives) && Visit(n.SelectionSet);
            }

            case NodeKind.FragmentDefinition:
            {
                var n = (FragmentDefinitionNode)node;
                return Description(n.Description) && Name(n.Name) && Visit(n.TypeCondition) && All(n.Directives) && Visit(n.SelectionSet);
            }

            case NodeKind.ListValue:
            {
                var n = (ListValueNode)node;
                return All(n.Values);
            }

            case NodeKind.ObjectValue:
            {
                var n = (ObjectValueNode)node;
                return All(n.Fields);
            }

            case NodeKind.ObjectField:
            {
                var n = (ObjectFieldNode)node;
                return Name(n.Name) && Visit(n.Value);
            }

            case NodeKind.Directive:
            {
                var n = (DirectiveNode)node;
                return Name(n.Name) && All(n.Arguments);
            }

            case NodeKind.NamedType:
            {
                var n = (NamedTypeNode)node;
                return Name(n.Name);
            }

            case NodeKind.ListType:
            {
                var n = (ListTypeNode)node;
                return Visit(n.Type);
            }

            case NodeKind.NonNullType:
            {
                var n = (NonNullTypeNode)node;
                return Visit(n.Type);
            }

            case NodeKind.SchemaDefinition:
            {
                var n = (SchemaDefinitionNode)node;
                return Description(n.Description) && All(n.Directives) && All(n.OperationTypes);
            }

            case NodeKind.OperationTypeDefinition:
            {
                var n = (OperationTypeDefinitionNode)node;
                return Visit(n.Type);
            }

            case NodeKind.ScalarTypeDefinition:
            {
                var n = (ScalarTypeDefinitionNode)node;
                return Description(n.Description) && Name(n.Name) && All(n.Directives);
            }

            case NodeKind.ObjectTypeDefinition:
            {
                var n = (ObjectTypeDefinitionNode)node;
                return Description(n.Description) && Name(n.Name) && All(n.Interfaces) && All(n.Directives) && All(n.Fields);
            }

            case NodeKind.FieldDefinition:
            {
                var n = (FieldDefinitionNode)node;
                return Description(n.Description) && Name(n.Name) && All(n.Arguments) && Visit(n.Type) && All(n.Directives);
            }

            case NodeKind.InputValueDefinition:
            {
                var n = (InputValueDefinitionNode)node;
                return Description(n.Description) && Name(n.Name) && Visit(n.Type) && Visit(n.DefaultValue) && All(n.Directives);
            }

            case NodeKind.InterfaceTypeDefinition:
            {
                var n = (InterfaceTypeDefinitionNode)node;
                return Description(n.Description) && Name(n.Name) && All(n.Interfaces) && All(n.Directives) && All(n.Fields);
            }

            case NodeKind.UnionTypeDefinition:
            {
                var n = (UnionTypeDefinitionNode)node;
                return Description(n.Description) && Name(n.Name) && All(n.Directives) && All(n.Types);
            }

            case NodeKind.EnumTypeDefinition:
            {
                var n = (EnumTypeDefinitionNode)node;
                return Description(n.Description) && Name(n.Name) && All(n.Directives) && All(n.Values);
            }

            case NodeKind.EnumValueDefinition:
            {
                var n = (EnumValueDefinitionNode)node;
                return Description(n.Description) && Name(n.Name) && All(n.Directives);
            }

            case NodeKind.InputObjectTypeDefinition:
            {
                var n = (InputObjectTypeDefinitionNode)node;
                return Description(n.Description) && Name(n.Name) && All(n.Directives) && All(n.Fields);
            }

            case NodeKind.DirectiveDefinition:
            {
                var n = (DirectiveDefinitionNode)node;
                return Description(n.Description) && Name(n.Name) && All(n.Arguments) && All(n.Directives) && (!VisitNames || All(n.Locations));
            }

            case NodeKind.SchemaExtension:
            {
                var n = (SchemaExtensionNode)node;
                return All(n.Directives) && All(n.OperationTypes);
            }

            case NodeKind.ScalarTypeExtension:
            {
                var n = (ScalarTypeExtensionNode)node;
                return Name(n.Name) && All(n.Directives);
            }

            case NodeKind.ObjectTypeExtension:
            {
                var n = (ObjectTypeExtensionNode)node;
                return Name(n.Name) && All(n.Interfaces) && All(n.Directives) && All(n.Fields);
            }

            case NodeKind.InterfaceTypeExtension:
            {
                var n = (InterfaceTypeExtensionNode)node;
                return Name(n.Name) && All(n.Interfaces) && All(n.Directives) && All(n.Fields);
            }

            case NodeKind.UnionTypeExtension:
            {
                var n = (UnionTypeExtensionNode)node;
                return Name(n.Name) && All(n.Directives) && All(n.Types);
            }

            case NodeKind.EnumTypeExtension:
            {
                var n = (EnumTypeExtensionNode)node;
                return Name(n.Name) && All(n.Directives) && All(n.Values);
            }

            case NodeKind.InputObjectTypeExtension:
            {
                var n = (InputObjectTypeExtensionNode)node;
                return Name(n.Name) && All(n.Directives) && All(n.Fields);
            }

            case NodeKind.DirectiveExtension:
            {
                var n = (DirectiveExtensionNode)node;
                return Name(n.Name) && All(n.Directives);
            }

            default:
                return true;
        }
    }
}
