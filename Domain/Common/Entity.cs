namespace Housing.Domain.Common;

/// <summary>An object with an identity that outlives changes to its state.</summary>
public abstract class Entity
{
    protected Entity() => Id = Guid.CreateVersion7();

    protected Entity(Guid id) => Id = id;

    public Guid Id { get; private set; }
}

/// <summary>
/// The root of a consistency boundary. <see cref="Version"/> is bumped on every change so that two
/// writers who loaded the same state cannot both save (optimistic concurrency on every provider).
/// </summary>
public abstract class AggregateRoot : Entity
{
    protected AggregateRoot() { }

    protected AggregateRoot(Guid id) : base(id) { }

    public int Version { get; private set; }

    protected void Touch() => Version++;
}
