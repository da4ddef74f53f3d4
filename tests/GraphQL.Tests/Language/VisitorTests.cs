using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Tests.Language;

public class VisitorTests
{
    private sealed class Recorder(Func<Node, VisitorAction>? onEnter = null) : AstVisitor
    {
        public List<string> Events { get; } = [];

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            Events.Add("enter " + node.Kind + (node is NameNode name ? " " + name.Value : "") + " @" + ancestors.Count);
            return onEnter?.Invoke(node) ?? VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            Events.Add("leave " + node.Kind);
            return VisitorAction.Continue;
        }
    }

    [Fact]
    public void Visits_children_in_document_order_with_ancestors()
    {
        var recorder = new Recorder();

        Assert.True(AstWalker.Walk(Parser.Parse("{ a(x: 1) { b } }"), recorder));

        Assert.Equal(
            [
                "enter Document @0", "enter OperationDefinition @1", "enter SelectionSet @2", "enter Field @3",
                "enter Name a @4", "leave Name", "enter Argument @4", "enter Name x @5", "leave Name", "enter IntValue @5",
                "leave IntValue", "leave Argument", "enter SelectionSet @4", "enter Field @5", "enter Name b @6",
                "leave Name", "leave Field", "leave SelectionSet", "leave Field", "leave SelectionSet",
                "leave OperationDefinition", "leave Document",
            ],
            recorder.Events);
    }

    [Fact]
    public void Skip_leaves_out_the_subtree_and_its_leave()
    {
        var recorder = new Recorder(node => node.Kind == NodeKind.Field ? VisitorAction.Skip : VisitorAction.Continue);

        new AstWalker(recorder, visitNames: false).Walk(Parser.Parse("{ a { b } c }"));

        Assert.Equal(
            [
                "enter Document @0", "enter OperationDefinition @1", "enter SelectionSet @2", "enter Field @3",
                "enter Field @3", "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            recorder.Events);
    }

    [Fact]
    public void Break_stops_the_walk()
    {
        var recorder = new Recorder(node => node.Kind == NodeKind.Field ? VisitorAction.Break : VisitorAction.Continue);

        Assert.False(AstWalker.Walk(Parser.Parse("{ a b }"), recorder));

        Assert.Equal(["enter Document @0", "enter OperationDefinition @1", "enter SelectionSet @2", "enter Field @3"], recorder.Events);
    }

    [Fact]
    public void Descriptions_can_be_left_out()
    {
        var recorder = new Recorder();

        new AstWalker(recorder, visitNames: false, visitDescriptions: false).Walk(Parser.Parse("\"d\" scalar S"));

        Assert.Equal(["enter Document @0", "enter ScalarTypeDefinition @1", "leave ScalarTypeDefinition", "leave Document"], recorder.Events);
    }
}
