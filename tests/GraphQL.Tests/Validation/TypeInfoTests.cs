using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Validation;

namespace GraphQL.Tests.Validation;

public class TypeInfoTests
{
    private sealed class Recorder(TypeInfo typeInfo) : AstVisitor
    {
        public List<string> Lines { get; } = [];

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            typeInfo.Enter(node);
            var line = node switch
            {
                FieldNode field => "field " + field.Name.Value + " parent=" + typeInfo.ParentType + " type=" + typeInfo.Type + " def=" + typeInfo.FieldDefinition,
                ArgumentNode argument => "argument " + argument.Name.Value + " input=" + typeInfo.InputType + " def=" + typeInfo.Argument + " default=" + typeInfo.HasDefaultValue,
                ObjectFieldNode field => "object field " + field.Name.Value + " input=" + typeInfo.InputType + " parent=" + typeInfo.ParentInputType,
                EnumValueNode value => "enum " + value.Value + " input=" + typeInfo.InputType + " value=" + typeInfo.EnumValue,
                ListValueNode => "list input=" + typeInfo.InputType + " parent=" + typeInfo.ParentInputType,
                InlineFragmentNode => "inline type=" + typeInfo.Type,
                VariableDefinitionNode definition => "variable " + definition.Variable.Name.Value + " input=" + typeInfo.InputType,
                DirectiveNode directive => "directive " + directive.Name.Value + " def=" + typeInfo.Directive,
                _ => null,
            };
            if (line is not null)
            {
                Lines.Add(line);
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            typeInfo.Leave(node);
            return VisitorAction.Continue;
        }
    }

    [Fact]
    public void Tracks_the_schema_elements_of_each_node()
    {
        var document = Parser.Parse("""
            query Q($v: [Int]) {
              dog @include(if: true) { doesKnowCommand(command: SIT) owner { pets { ... on Cat { mood } } } isHousetrained }
              args { filter(value: { nested: { size: LARGE } }) list(value: ["a"]) }
              __typename
              nope { deeper }
            }
            """);
        var recorder = new Recorder(new TypeInfo(RuleAssert.Schema));

        new AstWalker(recorder, visitNames: false).Walk(document);

        Assert.Equal(
            [
                "variable v input=[Int]",
                "field dog parent=Query type=Dog def=Query.dog",
                "directive include def=@include",
                "argument if input=Boolean! def=@include(if:) default=False",
                "field doesKnowCommand parent=Dog type=Boolean def=Dog.doesKnowCommand",
                "argument command input=Command! def=Dog.doesKnowCommand(command:) default=False",
                "enum SIT input=Command! value=SIT",
                "field owner parent=Dog type=Person def=Dog.owner",
                "field pets parent=Person type=[Pet] def=Person.pets",
                "inline type=Cat",
                "field mood parent=Cat type=Mood def=Cat.mood",
                "field isHousetrained parent=Dog type=Boolean! def=Dog.isHousetrained",
                "field args parent=Query type=Arguments def=Query.args",
                "field filter parent=Arguments type=String def=Arguments.filter",
                "argument value input=Filter def=Arguments.filter(value:) default=False",
                "object field nested input=Filter parent=Filter",
                "object field size input=Size parent=Filter",
                "enum LARGE input=Size value=LARGE",
                "field list parent=Arguments type=String def=Arguments.list",
                "argument value input=[String] def=Arguments.list(value:) default=False",
                "list input=String parent=[String]",
                "field __typename parent=Query type=String! def=__typename",
                "field nope parent=Query type= def=",
                "field deeper parent= type= def=",
            ],
            recorder.Lines);
    }

    [Fact]
    public void Knows_when_a_position_has_a_default()
    {
        var document = Parser.Parse("{ dog { isHousetrained(atOtherHomes: false) } args { filter(value: { minLegs: 2, required: true }) } }");
        var recorder = new Recorder(new TypeInfo(RuleAssert.Schema));

        new AstWalker(recorder, visitNames: false).Walk(document);

        Assert.Contains("argument atOtherHomes input=Boolean def=Dog.isHousetrained(atOtherHomes:) default=True", recorder.Lines);
    }
}
