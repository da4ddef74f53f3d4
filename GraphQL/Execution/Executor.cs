using System.Collections;
using System.Runtime.CompilerServices;
using GraphQL.DataLoader;
using GraphQL.Error;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.Logging;

namespace GraphQL.Execution;

/// <summary>Executes operations (spec §6): queries in parallel, mutations serially, subscriptions as event streams.</summary>
public static class Executor
{
    /// <summary>Executes a validated document against a schema.</summary>
    public static ValueTask<ExecutionResult> ExecuteAsync(Schema schema, DocumentNode document, ExecutionOptions? options = null)
    {
        options ??= new ExecutionOptions();
        OperationPlan plan;
        try
        {
            plan = OperationPlan.Create(schema, document, options.OperationName);
        }
        catch (GraphQLException exception)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(exception.Errors));
        }

        return ExecuteAsync(plan, options);
    }

    /// <summary>Executes a prepared operation plan (the request pipeline caches plans with the document).</summary>
    public static ValueTask<ExecutionResult> ExecuteAsync(OperationPlan plan, ExecutionOptions options)
    {
        var (variables, errors) = VariableValues.Coerce(plan.Schema, plan.Operation.VariableDefinitions, options.Variables, options.MaxVariableErrors);
        if (errors.Count > 0)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(errors));
        }

        if (plan.Operation.Operation == OperationType.Subscription)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(
                [new GraphQLError("Subscriptions must be executed with Executor.Subscribe.", plan.Operation)]));
        }

        var context = new ExecutionContext(plan.ForVariables(variables), variables, options);
        return context.RunAsync();
    }

    /// <summary>
    /// Runs a subscription (spec §6.2.3): creates the source event stream of the single root field, then executes the
    /// selection set once per event. A failure to create the stream yields one result with the error.
    /// </summary>
    public static async IAsyncEnumerable<ExecutionResult> Subscribe(
        Schema schema,
        DocumentNode document,
        ExecutionOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new ExecutionOptions();
        OperationPlan? plan = null;
        IReadOnlyDictionary<string, object?> variables = new Dictionary<string, object?>();
        IReadOnlyList<GraphQLError>? setupErrors = null;
        try
        {
            plan = OperationPlan.Create(schema, document, options.OperationName);
            var coerced = VariableValues.Coerce(schema, plan.Operation.VariableDefinitions, options.Variables, options.MaxVariableErrors);
            if (coerced.Errors.Count > 0)
            {
                setupErrors = coerced.Errors;
            }
            else
            {
                variables = coerced.Values;
                plan = plan.ForVariables(variables);
            }
        }
        catch (GraphQLException exception)
        {
            setupErrors = exception.Errors;
        }

        if (setupErrors is not null || plan is null)
        {
            yield return ExecutionResult.FromErrors(setupErrors ?? []);
            yield break;
        }

        var (stream, error) = await CreateSourceStreamAsync(plan, variables, options, cancellationToken).ConfigureAwait(false);
        if (stream is null)
        {
            yield return ExecutionResult.FromErrors([error!]);
            yield break;
        }

        await foreach (var payload in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var context = new ExecutionContext(plan, variables, options, payload);
            yield return await context.RunAsync().ConfigureAwait(false);
        }
    }

    private static async ValueTask<(IAsyncEnumerable<object?>? Stream, GraphQLError? Error)> CreateSourceStreamAsync(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionOptions options,
        CancellationToken cancellationToken)
    {
        var fields = plan.RootPlan.Fields;
        if (fields.Length == 0)
        {
            return (null, new GraphQLError("The subscription field is not defined.", plan.Operation));
        }

        var selection = fields[0];
        var path = new ResponsePath(null, selection.ResponseName);
        var context = new ExecutionContext(plan, variables, options);
        try
        {
            var arguments = selection.GetArguments(variables);
            var resolverContext = new ResolverContext(context, selection, options.RootValue, path, arguments);
            if (selection.Field.Subscriber is not { } subscriber)
            {
                throw new GraphQLException(new GraphQLError("Subscription field must return Async Iterable. Received: undefined."));
            }

            cancellationToken.ThrowIfCancellationRequested();
            return (await subscriber(resolverContext).ConfigureAwait(false), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return (null, context.Locate(exception, selection, path));
        }
    }
}

/// <summary>The state of one execution: variables, collected errors and pending asynchronous work.</summary>
internal sealed class ExecutionContext : IBatchHost
{
    /// <summary>Marks a non-null position that failed; resolved into null propagation once execution ends.</summary>
    internal static readonly object Failed = new();

    private readonly List<GraphQLError> _errors = [];
    private readonly List<Task> _pending = [];
    private readonly bool _isSubscriptionEvent;
    private readonly object? _subscriptionPayload;
    private IDictionary<string, object?>? _contextData;
    private Dictionary<SelectedField, IReadOnlyDictionary<string, object?>>? _argumentCache;
    private CancellationTokenSource? _timeout;
    private volatile bool _hasFailedSlots;
    private DataLoaderScope? _dataLoaders;
    private int _working;

    public ExecutionContext(OperationPlan plan, IReadOnlyDictionary<string, object?> variables, ExecutionOptions options)
    {
        Plan = plan;
        Variables = variables;
        Options = options;
        CancellationToken = options.CancellationToken;
    }

    public ExecutionContext(OperationPlan plan, IReadOnlyDictionary<string, object?> variables, ExecutionOptions options, object? subscriptionPayload)
        : this(plan, variables, options)
    {
        _isSubscriptionEvent = true;
        _subscriptionPayload = subscriptionPayload;
    }

    public OperationPlan Plan { get; }

    public Schema Schema => Plan.Schema;

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public ExecutionOptions Options { get; }

    public CancellationToken CancellationToken { get; private set; }

    public IServiceProvider Services => Options.Services ?? EmptyServiceProvider.Instance;

    public IServiceProvider RequestServices => Options.RequestServices ?? Services;

    public IDictionary<string, object?> ContextData => _contextData ??= Options.ContextData ?? new Dictionary<string, object?>();

    /// <summary>The request's DataLoaders; their batches go out whenever the executor runs out of work.</summary>
    public DataLoaderScope DataLoaders
    {
        get
        {
            if (Volatile.Read(ref _dataLoaders) is { } scope)
            {
                return scope;
            }

            Interlocked.CompareExchange(ref _dataLoaders, new DataLoaderScope(this), null);
            return _dataLoaders;
        }
    }

    public bool IsWorking => Volatile.Read(ref _working) > 0;

    public void EnterWork() => Interlocked.Increment(ref _working);

    public void ExitWork()
    {
        if (Interlocked.Decrement(ref _working) == 0)
        {
            Volatile.Read(ref _dataLoaders)?.DispatchDue();
        }
    }

    /// <summary>The event this execution answers, when it answers one of a subscription.</summary>
    public bool TryGetEventMessage(out object? message)
    {
        message = _subscriptionPayload;
        return _isSubscriptionEvent;
    }

    public void AddError(GraphQLError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }

    public ValueTask<ExecutionResult> RunAsync()
    {
        if (Options.Timeout is { } timeout)
        {
            _timeout = CancellationTokenSource.CreateLinkedTokenSource(Options.CancellationToken);
            _timeout.CancelAfter(timeout);
            CancellationToken = _timeout.Token;
        }

        ResultMap? data;

        // Without the caller's context (a test runner's), resolvers resume inline when a batch completes and ask for their next keys together.
        var synchronizationContext = SynchronizationContext.Current;
        if (synchronizationContext is not null)
        {
            SynchronizationContext.SetSynchronizationContext(null);
        }

        EnterWork();
        try
        {
            CancellationToken.ThrowIfCancellationRequested();
            if (Plan.Operation.Operation == OperationType.Mutation)
            {
                return ExecuteSeriallyAsync();
            }

            // A subscription event is the root value of its execution (spec §6.2.3.2, ExecuteSubscriptionEvent).
            data = ExecuteSelection(Plan.RootPlan, Plan.RootType, _isSubscriptionEvent ? _subscriptionPayload : Options.RootValue, null);
        }
        catch (OperationCanceledException) when (IsTimedOut)
        {
            return new ValueTask<ExecutionResult>(TimeoutResult());
        }
        finally
        {
            ExitWork();
            if (synchronizationContext is not null)
            {
                SynchronizationContext.SetSynchronizationContext(synchronizationContext);
            }
        }

        return _pending.Count == 0 ? new ValueTask<ExecutionResult>(Complete(data)) : AwaitPendingAsync(data);
    }

    private bool IsTimedOut => _timeout is { IsCancellationRequested: true } && !Options.CancellationToken.IsCancellationRequested;

    private ExecutionResult TimeoutResult()
    {
        _timeout?.Dispose();
        return new ExecutionResult(null, [new GraphQLError(
            "The request exceeded the configured timeout of `" + Options.Timeout + "`.",
            extensions: new Dictionary<string, object?> { ["code"] = "EXECUTION_TIMEOUT" })]);
    }

    private async ValueTask<ExecutionResult> AwaitPendingAsync(ResultMap data)
    {
        try
        {
            await DrainAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (IsTimedOut)
        {
            return TimeoutResult();
        }

        return Complete(data);
    }

    private async ValueTask<ExecutionResult> ExecuteSeriallyAsync()
    {
        var plan = Plan.RootPlan;
        var data = new ResultMap(plan.Fields);
        try
        {
            var path = (ResponsePath?)null;
            for (var i = 0; i < plan.Fields.Length; i++)
            {
                CancellationToken.ThrowIfCancellationRequested();
                EnterWork();
                try
                {
                    ExecuteField(data, i, Options.RootValue, path);
                }
                finally
                {
                    ExitWork();
                }

                await DrainAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (IsTimedOut)
        {
            return TimeoutResult();
        }

        return Complete(data);
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            Task[] batch;
            lock (_pending)
            {
                if (_pending.Count == 0)
                {
                    return;
                }

                batch = [.. _pending];
                _pending.Clear();
            }

            await Task.WhenAll(batch).WaitAsync(CancellationToken).ConfigureAwait(false);
        }
    }

    private ExecutionResult Complete(ResultMap data)
    {
        _timeout?.Dispose();
        object? result = data;
        if (_hasFailedSlots && Propagate(data) == Failed)
        {
            result = null;
        }

        List<GraphQLError> errors;
        lock (_errors)
        {
            errors = _errors;
        }

        return new ExecutionResult(result, errors.Count > 0 ? errors : null);
    }

    /// <summary>Replaces failed nullable positions with null and reports whether a failure reaches this value (spec §6.4.4).</summary>
    private static object? Propagate(object? value)
    {
        switch (value)
        {
            case ResultMap map:
                var values = map.Values;
                for (var i = 0; i < values.Length; i++)
                {
                    if (Propagate(values[i]) == Failed)
                    {
                        if (map.Fields[i].Field.Type is NonNullType)
                        {
                            return Failed;
                        }

                        values[i] = null;
                    }
                }

                return map;
            case ResultList list:
                var items = list.Items;
                for (var i = 0; i < items.Length; i++)
                {
                    if (Propagate(items[i]) == Failed)
                    {
                        if (list.ItemType is NonNullType)
                        {
                            return Failed;
                        }

                        items[i] = null;
                    }
                }

                return list;
            default:
                return value;
        }
    }

    private ResultMap ExecuteSelection(SelectionPlan plan, ObjectType type, object? source, ResponsePath? path)
    {
        if (CancellationToken.IsCancellationRequested)
        {
            CancellationToken.ThrowIfCancellationRequested();
        }

        var map = new ResultMap(plan.Fields);
        for (var i = 0; i < plan.Fields.Length; i++)
        {
            ExecuteField(map, i, source, path);
        }

        return map;
    }

    private void ExecuteField(ResultMap map, int index, object? source, ResponsePath? parentPath)
    {
        var selection = map.Fields[index];
        var field = selection.Field;
        ResponsePath? path = null;
        try
        {
            if (selection.IsTypeName)
            {
                map.Values[index] = selection.ParentType.Name;
                return;
            }

            var arguments = field.Arguments.Count == 0 ? EmptyArguments
                : selection.ArgumentsAreConstant ? selection.GetArguments(Variables)
                : ArgumentsFor(selection);
            if (_isSubscriptionEvent && parentPath is null && field.Resolver is null && field.Pipeline is null)
            {
                // A subscription field without a resolver of its own has the event as its value.
                path = new ResponsePath(parentPath, selection.ResponseName);
                map.Values[index] = CompleteField(selection, path, source, null, source);
                return;
            }

            if (field.Pipeline is null && field.Resolver is null)
            {
                var value = source is null ? null
                    : field.SourceResolver is { } read ? read(source)
                    : DefaultResolvers.Resolve(source, field.Name);
                if (selection.LeafType is { } leaf)
                {
                    // Leaves read from the parent need no path unless they fail, which keeps the common case allocation-free.
                    map.Values[index] = value is null
                        ? (field.Type is NonNullType ? throw NullError(selection) : null)
                        : leaf is ScalarType scalar ? scalar.Serialize(value) : ((EnumType)leaf).Serialize(value);
                    return;
                }

                path = new ResponsePath(parentPath, selection.ResponseName);
                map.Values[index] = CompleteField(selection, path, value, null, source);
                return;
            }

            path = new ResponsePath(parentPath, selection.ResponseName);
            var context = new ResolverContext(this, selection, source, path, arguments);
            var pending = (field.Pipeline ?? field.Resolver)!(context);
            if (pending.IsCompletedSuccessfully)
            {
                map.Values[index] = CompleteField(selection, path, pending.Result, context, source);
            }
            else
            {
                Track(AwaitFieldAsync(pending, map, index, selection, path, context, source));
            }
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            map.Values[index] = FieldError(exception, field.Type, selection, path ?? new ResponsePath(parentPath, selection.ResponseName));
        }
    }

    // Arguments with variables are coerced once per request, not once per list item.
    private IReadOnlyDictionary<string, object?> ArgumentsFor(SelectedField selection)
    {
        var cache = _argumentCache ??= [];
        lock (cache)
        {
            if (cache.TryGetValue(selection, out var cached))
            {
                return cached;
            }
        }

        var arguments = selection.GetArguments(Variables);
        lock (cache)
        {
            cache[selection] = arguments;
        }

        return arguments;
    }

    private static GraphQLException NullError(SelectedField selection) =>
        new(new GraphQLError("Cannot return null for non-nullable field " + selection.ParentType.Name + "." + selection.Field.Name + "."));

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && CancellationToken.IsCancellationRequested;

    private void Track(Task task)
    {
        lock (_pending)
        {
            _pending.Add(task);
        }
    }

    private async Task AwaitFieldAsync(
        ValueTask<object?> pending,
        ResultMap map,
        int index,
        SelectedField selection,
        ResponsePath path,
        ResolverContext context,
        object? source)
    {
        try
        {
            var value = await pending.ConfigureAwait(false);
            EnterWork();
            try
            {
                map.Values[index] = CompleteField(selection, path, value, context, source);
            }
            finally
            {
                ExitWork();
            }
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            map.Values[index] = FieldError(exception, selection.Field.Type, selection, path);
        }
    }

    private object? CompleteField(SelectedField selection, ResponsePath path, object? value, ResolverContext? context, object? source)
    {
        try
        {
            return CompleteValue(selection.Field.Type, selection, path, value, context, source);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return FieldError(exception, selection.Field.Type, selection, path);
        }
    }

    private object? FieldError(Exception exception, IGraphQLType returnType, SelectedField selection, ResponsePath path)
    {
        AddError(exception is PropagatedError propagated ? propagated.Error : Locate(exception, selection, path));
        if (returnType is NonNullType)
        {
            _hasFailedSlots = true;
            return Failed;
        }

        return null;
    }

    private object? CompleteValue(IGraphQLType type, SelectedField selection, ResponsePath path, object? value, ResolverContext? context, object? source)
    {
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                throw NullError(selection);
            }

            type = nonNull.OfType;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ScalarType scalar:
                return scalar.Serialize(value);
            case EnumType enumType:
                return enumType.Serialize(value);
            case ListType list:
                return CompleteList(list, selection, path, value, context, source);
            case ObjectType objectType:
                return CompleteObject(objectType, selection, path, value, context, source);
            case IAbstractType abstractType:
                context ??= new ResolverContext(this, selection, source, path, EmptyArguments);
                return CompleteObject(ResolveRuntimeType(abstractType, selection, value, context), selection, path, value, context, source);
            default:
                throw new InvalidOperationException("Cannot complete a value of type " + type + ".");
        }
    }

    private ResultList CompleteList(ListType type, SelectedField selection, ResponsePath path, object value, ResolverContext? context, object? source)
    {
        if (value is string || value is not IEnumerable sequence)
        {
            throw new GraphQLException(new GraphQLError(
                "Expected Iterable, but did not find one for field \"" + selection.ParentType.Name + "." + selection.Field.Name + "\"."));
        }

        var itemType = type.OfType;
        object?[] items;
        if (sequence is IReadOnlyList<object?> readOnly)
        {
            items = new object?[readOnly.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = CompleteItem(itemType, selection, path, i, readOnly[i], context, source);
            }
        }
        else if (sequence is IList list)
        {
            items = new object?[list.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = CompleteItem(itemType, selection, path, i, list[i], context, source);
            }
        }
        else
        {
            var collected = new List<object?>();
            var i = 0;
            foreach (var item in sequence)
            {
                collected.Add(CompleteItem(itemType, selection, path, i++, item, context, source));
            }

            items = [.. collected];
        }

        return new ResultList(items, itemType);
    }

    private object? CompleteItem(IGraphQLType itemType, SelectedField selection, ResponsePath path, int index, object? item, ResolverContext? context, object? source)
    {
        var itemPath = new ResponsePath(path, index);
        try
        {
            return CompleteValue(itemType, selection, itemPath, item, context, source);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            var error = exception is PropagatedError propagated ? propagated.Error : Locate(exception, selection, itemPath);
            if (itemType is NonNullType)
            {
                throw new PropagatedError(error);
            }

            AddError(error);
            return null;
        }
    }

    private ResultMap CompleteObject(ObjectType type, SelectedField selection, ResponsePath path, object value, ResolverContext? context, object? source)
    {
        if (type.IsTypeOf is { } isTypeOf)
        {
            context ??= new ResolverContext(this, selection, source, path, EmptyArguments);
            if (!isTypeOf(value, context))
            {
                throw new GraphQLException(new GraphQLError(
                    "Expected value of type \"" + type.Name + "\" but got: " + Inspector.Inspect(value) + "."));
            }
        }

        return ExecuteSelection(selection.GetSubPlan(type), type, value, path);
    }

    private ObjectType ResolveRuntimeType(IAbstractType abstractType, SelectedField selection, object value, ResolverContext context)
    {
        var runtimeType = abstractType.ResolveType?.Invoke(value, context);
        if (runtimeType is null)
        {
            foreach (var candidate in Schema.GetPossibleTypes(abstractType))
            {
                if (candidate.IsTypeOf is { } isTypeOf && isTypeOf(value, context))
                {
                    runtimeType = candidate;
                    break;
                }
            }
        }

        runtimeType ??= Schema.GetObjectTypeForClrType(value.GetType());
        if (runtimeType is null && value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var typeName) && typeName is string name)
        {
            runtimeType = Schema.GetType(name) as ObjectType;
        }

        if (runtimeType is null)
        {
            throw new GraphQLException(new GraphQLError(
                "Abstract type \"" + abstractType.Name + "\" must resolve to an Object type at runtime for field \"" + selection.ParentType.Name + "." + selection.Field.Name
                + "\". Either the \"" + abstractType.Name + "\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                selection.Nodes));
        }

        if (!Schema.IsSubType(abstractType, runtimeType))
        {
            throw new GraphQLException(new GraphQLError(
                "Runtime Object type \"" + runtimeType.Name + "\" is not a possible type for \"" + abstractType.Name + "\".", selection.Nodes));
        }

        return runtimeType;
    }

    /// <summary>Turns an exception raised at a position into a located error; unexpected exceptions are logged and masked.</summary>
    internal GraphQLError Locate(Exception exception, SelectedField selection, ResponsePath path)
    {
        if (exception is GraphQLException graphQLException && graphQLException.Errors.Count > 0)
        {
            var error = graphQLException.Errors[0];
            if (error.Path is not null)
            {
                return error;
            }

            return error.Locations is not null
                ? new GraphQLError(error.Message, error.Locations, path.ToList(), error.Extensions, exception)
                : new GraphQLError(error.Message, selection.Nodes, path.ToList(), error.Extensions, exception);
        }

        if (Options.ErrorFilter?.Invoke(exception) is { } filtered)
        {
            return new GraphQLError(filtered.Message, selection.Nodes, path.ToList(), filtered.Extensions, exception);
        }

        Options.Logger?.LogError(exception, "Unexpected exception resolving {Field} at {Path}", selection.Field.ToString(), path.ToString());
        if (Options.IncludeExceptionDetails)
        {
            return new GraphQLError(
                exception.Message,
                selection.Nodes,
                path.ToList(),
                new Dictionary<string, object?>
                {
                    ["code"] = "UNEXPECTED_EXECUTION_ERROR",
                    ["exception"] = new Dictionary<string, object?> { ["message"] = exception.Message, ["stackTrace"] = exception.ToString() },
                },
                exception);
        }

        return new GraphQLError(
            "Unexpected Execution Error",
            selection.Nodes,
            path.ToList(),
            new Dictionary<string, object?> { ["code"] = "UNEXPECTED_EXECUTION_ERROR" },
            exception);
    }

    /// <summary>An error already located at a non-null position, travelling up to the nearest nullable one.</summary>
    private sealed class PropagatedError(GraphQLError error) : Exception(error.Message)
    {
        public GraphQLError Error { get; } = error;
    }
}

/// <summary>A service provider with no services, used when none is configured.</summary>
internal sealed class EmptyServiceProvider : IServiceProvider
{
    public static readonly EmptyServiceProvider Instance = new();

    public object? GetService(Type serviceType) => null;
}
