using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Tests.Language;

public class ParserTests
{
    [Fact]
    public void Parses_fields_with_aliases_arguments_directives_and_locations()
    {
        const string text = "{ a: node(id: 4) @skip(if: $no) { id } }";
        var document = Parser.Parse(text);

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("a", field.Alias!.Value);
        Assert.Equal("node", field.Name.Value);
        Assert.Equal("a", field.ResponseKey);
        Assert.Equal("4", Assert.IsType<IntValueNode>(Assert.Single(field.Arguments).Value).Value);
        var directive = Assert.Single(field.Directives);
        Assert.Equal("no", Assert.IsType<VariableNode>(Assert.Single(directive.Arguments).Value).Name.Value);
        Assert.Equal(new Location(2, 38, document.Location!.Value.Source), field.Location);
        Assert.Equal(new Location(0, text.Length, document.Location!.Value.Source), document.Location);
        Assert.Equal(21, document.TokenCount);
    }

    [Fact]
    public void NoLocation_leaves_nodes_without_locations()
    {
        var document = Parser.Parse("{ a }", new ParserOptions { NoLocation = true });

        Assert.Null(document.Location);
        Assert.Null(((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Location);
    }

    [Fact]
    public void Absent_lists_are_empty_never_null()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("query { a }").Definitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];

        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        Assert.Empty(field.Arguments);
        Assert.Empty(field.Directives);
        Assert.Null(field.SelectionSet);
    }

    [Fact]
    public void Parses_fragments_spreads_and_inline_fragments()
    {
        var document = Parser.Parse("query Q($v: [Int!]! = [1]) { ...F ... on T { a } ... @d { b } } fragment F on T { c }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("v", variable.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(variable.Type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.IsType<ListValueNode>(variable.DefaultValue);
        var selections = operation.SelectionSet.Selections;
        Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(selections[0]).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[2]).TypeCondition);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("F", fragment.Name.Value);
        Assert.Equal("T", fragment.TypeCondition.Name.Value);
    }

    [Fact]
    public void Keywords_are_ordinary_names_where_a_name_is_expected()
    {
        var document = Parser.Parse("query query { on fragment query mutation(subscription: true) { type } }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("query", operation.Name!.Value);
        Assert.Equal(["on", "fragment", "query", "mutation"], operation.SelectionSet.Selections.Select(s => ((FieldNode)s).Name.Value));
    }

    [Fact]
    public void Parses_values_of_every_kind()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{ i: -1, f: 1.5e3, s: \"s\", b: \"\"\"b\"\"\", t: true, n: null, e: ENUM, l: [], v: $v }"));

        Assert.Equal(
            [typeof(IntValueNode), typeof(FloatValueNode), typeof(StringValueNode), typeof(StringValueNode), typeof(BooleanValueNode),
             typeof(NullValueNode), typeof(EnumValueNode), typeof(ListValueNode), typeof(VariableNode)],
            value.Fields.Select(f => f.Value.GetType()));
        Assert.True(((StringValueNode)value.Fields[3].Value).Block);
        Assert.Equal("1.5e3", ((FloatValueNode)value.Fields[1].Value).Value);
        Assert.Throws<GraphQL.Error.GraphQLSyntaxException>(() => Parser.ParseConstValue("[$v]"));
    }

    [Fact]
    public void Parses_the_type_system_with_descriptions_and_leading_delimiters()
    {
        var document = Parser.Parse("""
            "Described" type T implements & A & B @d { "field" f("arg" a: Int = 1 @x): [T!] }
            union U = | A | B
            directive @r(a: Int) repeatable on | FIELD | OBJECT
            input I @oneOf { a: Int, b: String }
            extend schema { subscription: S }
            """);

        var type = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Described", type.Description!.Value);
        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
        var field = Assert.Single(type.Fields);
        Assert.Equal("field", field.Description!.Value);
        Assert.Equal("arg", Assert.Single(field.Arguments).Description!.Value);
        Assert.Equal(["A", "B"], Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[1]).Types.Select(t => t.Name.Value));
        var directive = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[2]);
        Assert.True(directive.Repeatable);
        Assert.Equal(["FIELD", "OBJECT"], directive.Locations.Select(l => l.Value));
        Assert.Equal("oneOf", Assert.Single(Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[3]).Directives).Name.Value);
        Assert.Equal(OperationType.Subscription, Assert.Single(Assert.IsType<SchemaExtensionNode>(document.Definitions[4]).OperationTypes).Operation);
    }

    [Fact]
    public void Parses_descriptions_on_operations_fragments_and_variables()
    {
        var document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { a } \"frag\" fragment F on T { a }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("op", operation.Description!.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("frag", ((FragmentDefinitionNode)document.Definitions[1]).Description!.Value);
    }

    [Fact]
    public void Parses_a_megabyte_string_without_trouble()
    {
        var big = new string('x', 1 << 20);

        var value = Assert.IsType<StringValueNode>(Parser.ParseValue("\"" + big + "\""));

        Assert.Equal(big.Length, value.Value.Length);
    }
}
