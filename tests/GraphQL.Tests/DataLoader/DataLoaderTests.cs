using System.Text.Json;
using GraphQL.DataLoader;
using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.DataLoader;

public sealed record Owner(int Id, string Name);

public sealed record Pet(int Id, int OwnerId, string Name);

/// <summary>A data source in memory that records every batch it is asked for.</summary>
public sealed class PetStore
{
    private readonly List<int[]> _ownerBatches = [];
    private readonly List<int[]> _petBatches = [];

    public IReadOnlyList<int[]> OwnerBatches
    {
        get
        {
            lock (_ownerBatches)
            {
                return [.. _ownerBatches];
            }
        }
    }

    public IReadOnlyList<int[]> PetBatches
    {
        get
        {
            lock (_petBatches)
            {
                return [.. _petBatches];
            }
        }
    }

    /// <summary>Makes every batch wait this long, as a database round trip would.</summary>
    public TimeSpan Latency { get; set; }

    public Exception? OwnerFailure { get; set; }

    public int CancelledBatches;

    /// <summary>Set when the first owner batch has started.</summary>
    public TaskCompletionSource OwnerBatchStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static Owner OwnerOf(int id) => new(id, "Owner " + id);

    public async Task<IReadOnlyDictionary<int, Owner>> OwnersAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        lock (_ownerBatches)
        {
            _ownerBatches.Add([.. ids]);
        }

        OwnerBatchStarted.TrySetResult();

        try
        {
            await Task.Delay(Latency, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref CancelledBatches);
            throw;
        }

        if (OwnerFailure is not null)
        {
            throw OwnerFailure;
        }

        // Owner 0 does not exist: a missing key loads null.
        return ids.Where(id => id != 0).ToDictionary(id => id, OwnerOf);
    }

    public async Task<ILookup<int, Pet>> PetsAsync(IReadOnlyList<int> ownerIds, CancellationToken cancellationToken)
    {
        lock (_petBatches)
        {
            _petBatches.Add([.. ownerIds]);
        }

        await Task.Delay(Latency, cancellationToken);
        return ownerIds.SelectMany(owner => Enumerable.Range(1, owner % 3).Select(i => new Pet(owner * 10 + i, owner, "Pet " + (owner * 10 + i))))
            .ToLookup(p => p.OwnerId);
    }
}

/// <summary>A loader class with a constructor dependency, obtained with <c>context.DataLoader&lt;T&gt;()</c>.</summary>
public sealed class OwnerByIdDataLoader(PetStore store) : BatchDataLoader<int, Owner>
{
    protected override Task<IReadOnlyDictionary<int, Owner>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
        store.OwnersAsync(keys, cancellationToken);
}

public sealed class DataLoaderTests
{
    private readonly PetStore _store = new() { Latency = TimeSpan.FromMilliseconds(5) };
    private readonly TaskCompletionSource _otherStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _roots;

    private static Task<Owner?> OwnerAsync(IResolverContext context, PetStore store, int id) =>
        context.BatchDataLoader<int, Owner>("ownerById", store.OwnersAsync).LoadAsync(id);

    private RequestExecutor Executor(TimeSpan? timeout = null)
    {
        var store = _store;
        var schema = new SchemaBuilder()
            .AddQueryType(query =>
            {
                query.Field("owners").Argument<int>("count").Type("[Owner!]!")
                    .Resolve(context => Enumerable.Range(1, context.ArgumentValue<int>("count")).Select(PetStore.OwnerOf).ToList());
                query.Field("slowOwners").Argument<int>("count").Type("[Owner!]!")
                    .ResolveAsync(async context =>
                    {
                        Interlocked.Increment(ref _roots);
                        await Task.Delay(20, context.CancellationToken);
                        return Enumerable.Range(1, context.ArgumentValue<int>("count")).Select(PetStore.OwnerOf).ToList();
                    });
                query.Field("owner").Argument<int>("id").Type("Owner")
                    .ResolveAsync(context => OwnerAsync(context, store, context.ArgumentValue<int>("id")));
                query.Field("ownerNames").Argument<int[]>("ids").Type("[String]!")
                    .ResolveAsync(async context =>
                        (await context.BatchDataLoader<int, Owner>("ownerById", store.OwnersAsync).LoadManyAsync(context.ArgumentValue<int[]>("ids")))
                        .Select(o => o?.Name).ToList());
                query.Field("ownerByClass").Argument<int>("id").Type("Owner")
                    .ResolveAsync(context => context.DataLoader<OwnerByIdDataLoader>().LoadAsync(context.ArgumentValue<int>("id")));
                query.Field("waitsForOther").Type("Int!")
                    .ResolveAsync(context => context.BatchDataLoader<int, int>("waits", async (keys, ct) =>
                    {
                        // Finishes only once the other loader's batch has started: batches of one round run at the same time.
                        await _otherStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
                        return keys.ToDictionary(k => k, k => k);
                    }).LoadAsync(1));
                query.Field("other").Type("Int!")
                    .ResolveAsync(context => context.BatchDataLoader<int, int>("other", (keys, ct) =>
                    {
                        _otherStarted.TrySetResult();
                        return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 2));
                    }).LoadAsync(2));
                query.Field("census").Argument<int>("region").Type("Int!")
                    .ResolveAsync(context => context.CacheDataLoader<int, int>("census", async (region, ct) =>
                    {
                        Interlocked.Increment(ref _roots);
                        await Task.Yield();
                        return region * 1000;
                    }).LoadAsync(context.ArgumentValue<int>("region")));
            })
            .AddMutationType(mutation => mutation.Field("touchOwner").Argument<int>("id").Type("Owner")
                .ResolveAsync(context => OwnerAsync(context, store, context.ArgumentValue<int>("id"))))
            .AddObjectType<Owner>(type =>
            {
                type.Field("next").Type("Owner").ResolveAsync(context => OwnerAsync(context, store, context.Parent<Owner>().Id + 1));
                type.Field("nextButOne").Type("Owner").ResolveAsync(async context =>
                {
                    // A chained load: the second key is known only once the first has loaded.
                    var next = await OwnerAsync(context, store, context.Parent<Owner>().Id + 1);
                    return await OwnerAsync(context, store, next!.Id + 1);
                });
                type.Field("pets").Type("[Pet!]!").ResolveAsync(context =>
                    context.GroupedDataLoader<int, Pet>("petsByOwner", store.PetsAsync).LoadAsync(context.Parent<Owner>().Id));
            })
            .AddObjectType<Pet>(type =>
                type.Field("owner").Type("Owner").ResolveAsync(context => OwnerAsync(context, store, context.Parent<Pet>().OwnerId)))
            .Build();
        return new RequestExecutor(schema, new RequestExecutorOptions { ExecutionTimeout = timeout });
    }

    private async Task<JsonElement> RunAsync(string query, IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest { Query = query }, new RequestContext { RequestServices = services }, cancellationToken);
        return JsonDocument.Parse(result.ToJson()).RootElement;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(100)]
    public async Task A_field_under_a_list_loads_every_parent_in_one_batch(int count)
    {
        var result = await RunAsync("{ owners(count: " + count + ") { id next { name } pets { name owner { id } } } }");

        Assert.False(result.TryGetProperty("errors", out _));
        Assert.Equal(2, _store.OwnerBatches.Count);
        Assert.Single(_store.PetBatches);
        Assert.Equal(Enumerable.Range(2, count), _store.OwnerBatches[0].Order());
        Assert.Equal("Owner " + (count + 1), result.GetProperty("data").GetProperty("owners")[count - 1].GetProperty("next").GetProperty("name").GetString());
        var pets = result.GetProperty("data").GetProperty("owners")[0].GetProperty("pets");
        Assert.Equal(1, pets.GetArrayLength());
        Assert.Equal(1, pets[0].GetProperty("owner").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Keys_are_deduplicated_and_values_cached_for_the_request()
    {
        // Owners 1..5 ask for 2..6 in the first batch; pets then ask for owners 1..5, of which 2..5 are cached.
        var result = await RunAsync("{ owners(count: 5) { next { id } again: next { id } pets { owner { id } } } }");

        Assert.False(result.TryGetProperty("errors", out _));
        Assert.Equal([[2, 3, 4, 5, 6], [1]], _store.OwnerBatches.Select(b => b.Order().ToArray()));
    }

    [Fact]
    public async Task A_load_that_follows_another_load_joins_the_batch_of_the_next_round()
    {
        var result = await RunAsync("{ owners(count: 20) { nextButOne { id } } }");

        Assert.False(result.TryGetProperty("errors", out _));
        Assert.Equal(22, result.GetProperty("data").GetProperty("owners")[19].GetProperty("nextButOne").GetProperty("id").GetInt32());
        Assert.Equal([Enumerable.Range(2, 20), [22]], _store.OwnerBatches.Select(b => b.Order()));
    }

    [Fact]
    public async Task Keys_asked_for_after_a_resolver_awaited_its_own_work_are_batched()
    {
        var result = await RunAsync("{ slowOwners(count: 30) { next { id } } }");

        Assert.False(result.TryGetProperty("errors", out _));
        Assert.Single(_store.OwnerBatches);
        Assert.Equal(30, _store.OwnerBatches[0].Length);
    }

    [Fact]
    public async Task Root_fields_share_one_batch()
    {
        var result = await RunAsync("{ a: owner(id: 1) { id } b: owner(id: 2) { id } c: owner(id: 1) { name } missing: owner(id: 0) { id } }");

        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("missing").ValueKind);
        Assert.Equal("Owner 1", result.GetProperty("data").GetProperty("c").GetProperty("name").GetString());
        Assert.Equal([[0, 1, 2]], _store.OwnerBatches.Select(b => b.Order().ToArray()));
    }

    [Fact]
    public async Task Load_many_returns_values_in_key_order()
    {
        var result = await RunAsync("{ ownerNames(ids: [3, 0, 1, 3]) }");

        Assert.Equal(["Owner 3", null, "Owner 1", "Owner 3"], result.GetProperty("data").GetProperty("ownerNames").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([[0, 1, 3]], _store.OwnerBatches.Select(b => b.Order().ToArray()));
    }

    [Fact]
    public async Task A_failed_batch_fails_every_field_that_asked_at_its_own_path()
    {
        _store.OwnerFailure = new GraphQLException(new GraphQLError("The owner registry is down.", extensions: new Dictionary<string, object?> { ["code"] = "REGISTRY_DOWN" }));

        var result = await RunAsync("{ owners(count: 3) { id next { id } } }");

        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal("REGISTRY_DOWN", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Equal(
            ["owners/0/next", "owners/1/next", "owners/2/next"],
            errors.Select(e => string.Join('/', e.GetProperty("path").EnumerateArray().Select(p => p.ToString()))).Order());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("owners")[1].GetProperty("next").ValueKind);
        Assert.Equal(2, result.GetProperty("data").GetProperty("owners")[1].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task An_unexpected_batch_exception_is_masked_at_each_path()
    {
        _store.OwnerFailure = new InvalidOperationException("connection string with a password");

        var result = await RunAsync("{ a: owner(id: 1) { id } b: owner(id: 2) { id } }");

        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("Unexpected Execution Error", e.GetProperty("message").GetString()));
        Assert.Equal(["a", "b"], errors.Select(e => e.GetProperty("path")[0].GetString()).Order());
    }

    [Fact]
    public async Task A_loader_class_gets_its_dependencies_from_the_request_services_and_one_instance_per_request()
    {
        var services = new ServiceCollection().AddSingleton(_store).BuildServiceProvider();

        var result = await RunAsync("{ a: ownerByClass(id: 4) { name } b: ownerByClass(id: 5) { name } }", services);

        Assert.Equal("Owner 4", result.GetProperty("data").GetProperty("a").GetProperty("name").GetString());
        Assert.Equal([[4, 5]], _store.OwnerBatches.Select(b => b.Order().ToArray()));
    }

    [Fact]
    public async Task The_batches_of_one_round_run_at_the_same_time()
    {
        var result = await RunAsync("{ waitsForOther other }");

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(4, result.GetProperty("data").GetProperty("other").GetInt32());
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_another_each_with_its_own_batch()
    {
        var result = await RunAsync("mutation { a: touchOwner(id: 1) { next { id } } b: touchOwner(id: 2) { next { id } } }");

        // a: owner 1, then its next (2); b: owner 2 from the cache, then its next (3).
        Assert.Equal(3, result.GetProperty("data").GetProperty("b").GetProperty("next").GetProperty("id").GetInt32());
        Assert.Equal([[1], [2], [3]], _store.OwnerBatches.Select(b => b.ToArray()));
    }

    [Fact]
    public async Task A_new_request_does_not_see_the_cache_of_the_last_one()
    {
        await RunAsync("{ owner(id: 1) { id } }");
        await RunAsync("{ owner(id: 1) { id } }");

        Assert.Equal(2, _store.OwnerBatches.Count);
    }

    [Fact]
    public async Task A_cache_loader_runs_once_per_distinct_key()
    {
        var result = await RunAsync("{ a: census(region: 1) b: census(region: 1) c: census(region: 2) }");

        Assert.Equal(1000, result.GetProperty("data").GetProperty("b").GetInt32());
        Assert.Equal(2000, result.GetProperty("data").GetProperty("c").GetInt32());
        Assert.Equal(2, _roots);
    }

    [Fact]
    public async Task Cancelling_the_request_cancels_the_batch_in_flight()
    {
        _store.Latency = TimeSpan.FromSeconds(30);
        using var cancellation = new CancellationTokenSource();
        _ = _store.OwnerBatchStarted.Task.ContinueWith(_ => cancellation.Cancel(), TaskScheduler.Default);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync("{ owners(count: 5) { next { id } } }", cancellationToken: cancellation.Token));

        Assert.Single(_store.OwnerBatches);
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref _store.CancelledBatches) == 1, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_timed_out_request_cancels_its_batch_and_answers_with_the_timeout_error()
    {
        _store.Latency = TimeSpan.FromSeconds(30);

        // The batch starts within milliseconds; the timeout leaves a busy machine ample room to start it.
        var result = await Executor(TimeSpan.FromSeconds(2)).ExecuteAsync(new GraphQLRequest { Query = "{ owners(count: 5) { next { id } } }" });

        Assert.Equal("EXECUTION_TIMEOUT", result.Errors![0].Extensions!["code"]);
        Assert.Single(_store.OwnerBatches);
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref _store.CancelledBatches) == 1, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_loader_name_used_for_another_loader_kind_is_an_error()
    {
        var scope = new DataLoaderScope();
        scope.GetOrAdd("owners", () => new OwnerByIdDataLoader(_store));

        var error = Assert.Throws<InvalidOperationException>(() => scope.GetOrAdd("owners", () => new PetCountDataLoader()));
        Assert.Contains("OwnerByIdDataLoader", error.Message);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_scope_outside_an_execution_dispatches_once_the_caller_yields()
    {
        var scope = new DataLoaderScope();
        var loader = scope.GetOrAdd("owners", () => new OwnerByIdDataLoader(_store));

        var owners = await Task.WhenAll(Enumerable.Range(1, 3).Select(loader.LoadAsync));
        loader.Prime(9, PetStore.OwnerOf(9));

        Assert.Equal(["Owner 1", "Owner 2", "Owner 3"], owners.Select(o => o!.Name));
        Assert.Equal("Owner 9", (await loader.LoadAsync(9))!.Name);
        Assert.All(_store.OwnerBatches, b => Assert.DoesNotContain(9, b));
    }

    private sealed class PetCountDataLoader : CacheDataLoader<int, int>
    {
        protected override Task<int> LoadSingleAsync(int key, CancellationToken cancellationToken) => Task.FromResult(key);
    }
}
