using Housing.Domain.Common;
using Housing.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.Persistence;

public enum ParcelState { Received, Delivered }

/// <summary>A small aggregate shaped like the domain's, to prove the model conventions on a real database.</summary>
public sealed class Parcel : AggregateRoot
{
    private readonly List<ParcelLabel> _labels = [];

    private Parcel() { }

    public Parcel(string name, ParcelState state, YearMonth month, DateTimeOffset receivedAt)
    {
        Name = name;
        State = state;
        Month = month;
        ReceivedAt = receivedAt;
    }

    public string Name { get; private set; } = "";

    public ParcelState State { get; private set; }

    public ParcelState? PreviousState { get; private set; }

    public YearMonth Month { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public IReadOnlyList<ParcelLabel> Labels => _labels;

    public void Rename(string name)
    {
        Name = name;
        Touch();
    }

    public void Label(string text)
    {
        _labels.Add(new ParcelLabel(text));
        Touch();
    }
}

public sealed class ParcelLabel : Entity
{
    private ParcelLabel() { }

    public ParcelLabel(string text) => Text = text;

    public string Text { get; private set; } = "";
}

/// <summary>The housing model plus <see cref="Parcel"/>; the conventions must reach it like any area's entity.</summary>
public sealed class ConventionsTestContext(DbContextOptions<ConventionsTestContext> options) : HousingDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Parcel>(parcel =>
        {
            parcel.HasMany(p => p.Labels).WithOne().HasForeignKey("ParcelId");
            parcel.Navigation(p => p.Labels).AutoInclude();
        });
        base.OnModelCreating(modelBuilder);
    }

    public static ConventionsTestContext Create(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<ConventionsTestContext>().UseSqlite(connection).Options);
}
