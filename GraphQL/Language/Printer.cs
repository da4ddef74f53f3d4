using System.Text;
using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL text exactly as graphql-js 17's <c>print</c> does: two-space indentation,
/// argument lists wrapped when a line would pass 80 characters, lists and objects wrapped likewise.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints any AST node.</summary>
    public static string Print(Node node) => Render(Build(node));

    private static Doc BuildNode(Node node) => node switch
    {
        NameNode name => new Doc(name.Value),
        VariableNode variable => Join([new Doc("$"), Build(variable.Name)]),
        DocumentNode document => Join(Build(document.Definitions), "\n\n"),
        OperationDefinitionNode operation => Operation(operation),
        VariableDefinitionNode definition => Join(
        [
            Wrap("", Build(definition.Description), "\n"),
            Build(definition.Variable),
            new Doc(": "),
            Build(definition.Type),
            Wrap(" = ", Build(definition.DefaultValue)),
            Wrap(" ", Join(Build(definition.Directives), " ")),
        ]),
        SelectionSetNode selectionSet => selectionSet.Selections.Count == 0
            ? new Doc("{}")
            : Block(Build(selectionSet.Selections)),
        FieldNode field => Join(
        [
            WrappedLineAndArguments(Join([Wrap("", Build(field.Alias), ": "), Build(field.Name)]), Build(field.Arguments)),
            Wrap(" ", Join(Build(field.Directives), " ")),
            Wrap(" ", Build(field.SelectionSet)),
        ]),
        ArgumentNode argument => Join([Build(argument.Name), new Doc(": "), Build(argument.Value)]),
        FragmentSpreadNode spread => Join(
        [
            new Doc("..."),
            Build(spread.Name),
            Wrap(" ", Join(Build(spread.Directives), " ")),
        ]),
        InlineFragmentNode fragment => Join(
        [
            new Doc("..."),
            Wrap("on ", Build(fragment.TypeCondition)),
            Join(Build(fragment.Directives), " "),
            Build(fragment.SelectionSet),
        ], " "),
        FragmentDefinitionNode fragment => Join(
        [
            Wrap("", Build(fragment.Description), "\n"),
            new Doc("fragment "),
            Build(fragment.Name),
            new Doc(" on "),
            Build(fragment.TypeCondition),
            new Doc(" "),
            Wrap("", Join(Build(fragment.Directives), " "), " "),
            Build(fragment.SelectionSet),
        ]),
        IntValueNode value => new Doc(value.Value),
        FloatValueNode value => new Doc(value.Value),
        StringValueNode value => value.Block
            ? new Doc(BlockString.Print(value.Value), isBlockString: true)
            : new Doc(StringPrinter.Print(value.Value)),
        BooleanValueNode value => new Doc(value.Value ? "true" : "false"),
        NullValueNode => new Doc("null"),
        EnumValueNode value => new Doc(value.Value),
        ListValueNode list => ListValue(Build(list.Values)),
        ObjectValueNode obj => ObjectValue(Build(obj.Fields)),
        ObjectFieldNode field => Join([Build(field.Name), new Doc(": "), Build(field.Value)]),
        DirectiveNode directive => Join(
        [
            new Doc("@"),
            Build(directive.Name),
            Wrap("(", Join(Build(directive.Arguments), ", "), ")"),
        ]),
        NamedTypeNode named => Build(named.Name),
        ListTypeNode list => Join([new Doc("["), Build(list.Type), new Doc("]")]),
        NonNullTypeNode nonNull => Join([Build(nonNull.Type), new Doc("!")]),
        SchemaDefinitionNode schema => Described(schema.Description, Join(
        [
            new Doc("schema"),
            Join(Build(schema.Directives), " "),
            Block(Build(schema.OperationTypes)),
        ], " ")),
        OperationTypeDefinitionNode operationType => Join(
        [
            new Doc(OperationName(operationType.Operation)),
            new Doc(": "),
            Build(operationType.Type),
        ]),
        ScalarTypeDefinitionNode scalar => Described(scalar.Description, Join(
        [
            new Doc("scalar"),
            Build(scalar.Name),
            Join(Build(scalar.Directives), " "),
        ], " ")),
        ObjectTypeDefinitionNode type => Described(type.Description, Join(
        [
            new Doc("type"),
            Build(type.Name),
            Wrap("implements ", Join(Build(type.Interfaces), " & ")),
            Join(Build(type.Directives), " "),
            Block(Build(type.Fields)),
        ], " ")),
        FieldDefinitionNode field => Join(
        [
            Wrap("", Build(field.Description), "\n"),
            Build(field.Name),
            ArgumentDefinitions(Build(field.Arguments)),
            new Doc(": "),
            Build(field.Type),
            Wrap(" ", Join(Build(field.Directives), " ")),
        ]),
        InputValueDefinitionNode input => Join(
        [
            Wrap("", Build(input.Description), "\n"),
            Build(input.Name),
            new Doc(": "),
            Build(input.Type),
            Wrap(" = ", Build(input.DefaultValue)),
            Wrap(" ", Join(Build(input.Directives), " ")),
        ]),
        InterfaceTypeDefinitionNode type => Described(type.Description, Join(
        [
            new Doc("interface"),
            Build(type.Name),
            Wrap("implements ", Join(Build(type.Interfaces), " & ")),
            Join(Build(type.Directives), " "),
            Block(Build(type.Fields)),
        ], " ")),
        UnionTypeDefinitionNode union => Described(union.Description, Join(
        [
            new Doc("union"),
            Build(union.Name),
            Join(Build(union.Directives), " "),
            Wrap("= ", Join(Build(union.Types), " | ")),
        ], " ")),
        EnumTypeDefinitionNode type => Described(type.Description, Join(
        [
            new Doc("enum"),
            Build(type.Name),
            Join(Build(type.Directives), " "),
            Block(Build(type.Values)),
        ], " ")),
        EnumValueDefinitionNode value => Described(value.Description, Join(
        [
            Build(value.Name),
            Join(Build(value.Directives), " "),
        ], " ")),
        InputObjectTypeDefinitionNode type => Described(type.Description, Join(
        [
            new Doc("input"),
            Build(type.Name),
            Join(Build(type.Directives), " "),
            Block(Build(type.Fields)),
        ], " ")),
        DirectiveDefinitionNode directive => Join(
        [
            Wrap("", Build(directive.Description), "\n"),
            new Doc("directive @"),
            Build(directive.Name),
            ArgumentDefinitions(Build(directive.Arguments)),
            Wrap(" ", Join(Build(directive.Directives), " ")),
            new Doc(directive.Repeatable ? " repeatable" : ""),
            new Doc(" on "),
            Join(Build(directive.Locations), " | "),
        ]),
        SchemaExtensionNode extension => Join(
        [
            new Doc("extend schema"),
            Join(Build(extension.Directives), " "),
            Block(Build(extension.OperationTypes)),
        ], " "),
        ScalarTypeExtensionNode extension => Join(
        [
            new Doc("extend scalar"),
            Build(extension.Name),
            Join(Build(extension.Directives), " "),
        ], " "),
        ObjectTypeExtensionNode extension => Join(
        [
            new Doc("extend type"),
            Build(extension.Name),
            Wrap("implements ", Join(Build(extension.Interfaces), " & ")),
            Join(Build(extension.Directives), " "),
            Block(Build(extension.Fields)),
        ], " "),
        InterfaceTypeExtensionNode extension => Join(
        [
            new Doc("extend interface"),
            Build(extension.Name),
            Wrap("implements ", Join(Build(extension.Interfaces), " & ")),
            Join(Build(extension.Directives), " "),
            Block(Build(extension.Fields)),
        ], " "),
        UnionTypeExtensionNode extension => Join(
        [
            new Doc("extend union"),
            Build(extension.Name),
            Join(Build(extension.Directives), " "),
            Wrap("= ", Join(Build(extension.Types), " | ")),
        ], " "),
        EnumTypeExtensionNode extension => Join(
        [
            new Doc("extend enum"),
            Build(extension.Name),
            Join(Build(extension.Directives), " "),
            Block(Build(extension.Values)),
        ], " "),
        InputObjectTypeExtensionNode extension => Join(
        [
            new Doc("extend input"),
            Build(extension.Name),
            Join(Build(extension.Directives), " "),
            Block(Build(extension.Fields)),
        ], " "),
        DirectiveExtensionNode extension => Join(
        [
            Join([new Doc("extend directive @"), Build(extension.Name)]),
            Join(Build(extension.Directives), " "),
        ], " "),
        _ => throw new ArgumentException("Unknown node kind " + node.Kind + ".", nameof(node)),
    };

    private static Doc Build(Node? node) => node is null ? Doc.Empty : BuildNode(node);

    private static List<Doc> Build<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        var docs = new List<Doc>(nodes.Count);
        foreach (var node in nodes)
        {
            docs.Add(Build(node));
        }

        return docs;
    }

    private static Doc Operation(OperationDefinitionNode operation)
    {
        var variables = Build(operation.VariableDefinitions);
        var variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var keyword = OperationName(operation.Operation);
        var prefix = Join(
        [
            Wrap("", Build(operation.Description), "\n"),
            Join(
            [
                new Doc(keyword),
                Join([Build(operation.Name), variableDefinitions]),
                Join(Build(operation.Directives), " "),
            ], " "),
        ]);
        return Join(
        [
            operation.Operation == OperationType.Query && prefix.Length == keyword.Length
                ? Doc.Empty
                : Join([prefix, new Doc(" ")]),
            Build(operation.SelectionSet),
        ]);
    }

    private static Doc Described(StringValueNode? description, Doc definition) =>
        Join([Wrap("", Build(description), "\n"), definition]);

    private static Doc ArgumentDefinitions(List<Doc> arguments) => HasMultilineItems(arguments)
        ? Wrap("(\n", Join(arguments, "\n").Indent(), "\n)")
        : Wrap("(", Join(arguments, ", "), ")");

    private static Doc ListValue(List<Doc> values) => 2 + JoinedLength(values, ", ") > MaxLineLength
        ? Wrap("[\n", Join(values, "\n").Indent(), "\n]")
        : Join([new Doc("["), Join(values, ", "), new Doc("]")]);

    private static Doc ObjectValue(List<Doc> fields) => 4 + JoinedLength(fields, ", ") > MaxLineLength
        ? Block(fields)
        : Join([new Doc("{ "), Join(fields, ", "), new Doc(" }")]);

    private static Doc WrappedLineAndArguments(Doc prefix, List<Doc> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }

        return Join(
        [
            prefix,
            prefix.Length + JoinedLength(arguments, ", ") + 2 > MaxLineLength
                ? Wrap("(\n", Join(arguments, "\n").Indent(), "\n)")
                : Wrap("(", Join(arguments, ", "), ")"),
        ]);
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static Doc Join(List<Doc> items, string separator = "")
    {
        var result = Doc.Empty;
        foreach (var item in items)
        {
            if (item.Length == 0)
            {
                continue;
            }

            if (result.Length == 0)
            {
                result = item;
            }
            else
            {
                if (separator.Length != 0)
                {
                    result.Append(new Doc(separator));
                }

                result.Append(item);
            }
        }

        return result;
    }

    private static int JoinedLength(List<Doc> items, string separator)
    {
        var length = 0;
        foreach (var item in items)
        {
            if (item.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + item.Length;
            }
        }

        return length;
    }

    private static Doc Block(List<Doc> items) => Wrap("{\n", Join(items, "\n").Indent(), "\n}");

    private static Doc Wrap(string start, Doc inner, string end = "")
    {
        if (inner.Length == 0)
        {
            return Doc.Empty;
        }

        if (start.Length == 0)
        {
            return end.Length == 0 ? inner : inner.Append(new Doc(end));
        }

        var result = new Doc(start).Append(inner);
        return end.Length == 0 ? result : result.Append(new Doc(end));
    }

    private static bool HasMultilineItems(List<Doc> items)
    {
        foreach (var item in items)
        {
            if (item.Newlines != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string Render(Doc doc)
    {
        var output = new StringBuilder();
        var depth = 0;
        var indentation = string.Empty;
        for (var part = doc; part is not null; part = part.Next)
        {
            if (part.IndentBefore)
            {
                indentation += "  ";
                output.Append("  ");
                depth++;
            }

            var text = part.Text;
            var lineStart = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    output.Append(text, lineStart, i - lineStart).Append('\n').Append(indentation);
                    lineStart = i + 1;
                }
            }

            output.Append(text, lineStart, text.Length - lineStart);
            if (part.DedentAfter)
            {
                depth--;
                indentation = indentation[..(depth * 2)];
            }
        }

        return output.ToString();
    }

    // A piece of output in a linked chain; Indent marks the chain so every line in it is indented once more.
    private sealed class Doc
    {
        public static readonly Doc Empty = new(string.Empty);

        public Doc(string text, bool isBlockString = false)
        {
            Text = text;
            IsBlockString = isBlockString;
            Length = text.Length;
            Tail = this;
            foreach (var c in text)
            {
                if (c == '\n')
                {
                    Newlines++;
                }
            }
        }

        public string Text { get; }

        public bool IsBlockString { get; }

        public Doc? Next { get; private set; }

        public Doc Tail { get; private set; }

        public bool IndentBefore { get; private set; }

        public bool DedentAfter { get; private set; }

        public int Length { get; private set; }

        public int Newlines { get; private set; }

        public Doc Append(Doc next)
        {
            if (next.Length == 0)
            {
                return this;
            }

            Tail.Next = next;
            Tail = next.Tail;
            Length += next.Length;
            Newlines += next.Newlines;
            return this;
        }

        public Doc Indent()
        {
            if (Length == 0)
            {
                return this;
            }

            IndentBefore = true;
            Tail.DedentAfter = true;
            Length += 2 * (Newlines + 1);
            return this;
        }
    }
}

/// <summary>Prints a string value as a quoted GraphQL string with graphql-js's escapes.</summary>
public static class StringPrinter
{
    /// <summary>The value in double quotes, with control characters, quote and backslash escaped.</summary>
    public static string Print(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    text.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
