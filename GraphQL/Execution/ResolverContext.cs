using System.Security.Claims;
using GraphQL.Error;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>The context handed to one resolver call.</summary>
internal sealed class ResolverContext(
    ExecutionContext execution,
    SelectedField selection,
    object? source,
    ResponsePath path,
    IReadOnlyDictionary<string, object?> arguments) : IResolverContext
{
    public Schema Schema => execution.Schema;

    public ExecutionContext Execution => execution;

    public ObjectType ObjectType => selection.ParentType;

    public FieldDefinition Field => selection.Field;

    public FieldNode FieldNode => selection.Node;

    public IReadOnlyList<FieldNode> FieldNodes => selection.Nodes;

    public string ResponseName => selection.ResponseName;

    public object? Source => source;

    public ResponsePath Path => path;

    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    public OperationDefinitionNode Operation => execution.Plan.Operation;

    public IReadOnlyDictionary<string, object?> Variables => execution.Variables;

    public IServiceProvider Services => execution.Services;

    public IServiceProvider RequestServices => execution.RequestServices;

    public ClaimsPrincipal? User => execution.Options.User;

    public CancellationToken CancellationToken => execution.CancellationToken;

    public IDictionary<string, object?> ContextData => execution.ContextData;

    public T Parent<T>() => source is T typed ? typed : ValueConverter.Convert<T>(source);

    public T GetEventMessage<T>() =>
        execution.TryGetEventMessage(out var message)
            ? message is T typed ? typed : ValueConverter.Convert<T>(message)
            : throw new InvalidOperationException(
                "There is no event message: " + selection.ParentType.Name + "." + selection.Field.Name + " is not being resolved for a subscription event.");

    public T ArgumentValue<T>(string name) =>
        arguments.TryGetValue(name, out var value) ? ValueConverter.Convert<T>(value) : default!;

    public bool HasArgument(string name) => arguments.ContainsKey(name);

    public void ReportError(GraphQLError error) =>
        execution.AddError(error.Path is null ? new GraphQLError(error.Message, error.Locations ?? LocationsOf(), path.ToList(), error.Extensions, error.OriginalError) : error);

    public void ReportError(string message, string? code = null) =>
        execution.AddError(new GraphQLError(
            message,
            selection.Nodes,
            path.ToList(),
            code is null ? null : new Dictionary<string, object?> { ["code"] = code }));

    public IReadOnlyList<SelectedField> GetSelections(ObjectType? type = null)
    {
        type ??= selection.Field.Type.NamedType() as ObjectType
            ?? throw new InvalidOperationException("The field's type is abstract: pass the object type whose selections you want.");
        return selection.GetSelections(type);
    }

    private IReadOnlyList<Error.SourceLocation>? LocationsOf() => new GraphQLError("", selection.Nodes).Locations;
}
