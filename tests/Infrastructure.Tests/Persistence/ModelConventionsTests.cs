using Housing.Domain.Common;
using Housing.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.Persistence;

public sealed class ModelConventionsTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly SqliteConnection _connection = new("Data Source=:memory:;Foreign Keys=True");

    public ModelConventionsTests()
    {
        _connection.Open();
        using var context = ConventionsTestContext.Create(_connection);
        context.Database.EnsureCreated();
    }

    public void Dispose() => _connection.Dispose();

    private async Task<Guid> SaveParcel(string name = "lamp", DateTimeOffset? at = null, YearMonth? month = null)
    {
        await using var context = ConventionsTestContext.Create(_connection);
        var parcel = new Parcel(name, ParcelState.Delivered, month ?? new YearMonth(2026, 6), at ?? Noon);
        context.Add(parcel);
        await context.SaveChangesAsync();
        return parcel.Id;
    }

    private string? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Enums_are_stored_by_name()
    {
        await SaveParcel();

        Assert.Equal("Delivered", Scalar("SELECT State FROM Parcel"));
    }

    [Fact]
    public async Task Months_are_stored_as_yyyymm_and_compare_in_sql()
    {
        await SaveParcel("may", month: new YearMonth(2026, 5));
        await SaveParcel("june", month: new YearMonth(2026, 6));

        Assert.Equal("202605", Scalar("SELECT Month FROM Parcel WHERE Name = 'may'"));
        await using var context = ConventionsTestContext.Create(_connection);
        var june = new YearMonth(2026, 6);
        var names = await context.Set<Parcel>().Where(p => p.Month == june).Select(p => p.Name).ToListAsync();
        Assert.Equal(["june"], names);
    }

    [Fact]
    public async Task Instants_order_and_compare_on_sqlite_and_come_back_in_utc()
    {
        await SaveParcel("later", Noon.AddHours(1));
        await SaveParcel("earlier", new DateTimeOffset(2026, 6, 1, 20, 30, 0, TimeSpan.FromHours(9)));

        await using var context = ConventionsTestContext.Create(_connection);
        var ordered = await context.Set<Parcel>().Where(p => p.ReceivedAt > Noon).OrderBy(p => p.ReceivedAt).ToListAsync();

        Assert.Equal(["later"], ordered.Select(p => p.Name));
        var earlier = await context.Set<Parcel>().SingleAsync(p => p.Name == "earlier");
        Assert.Equal(TimeSpan.Zero, earlier.ReceivedAt.Offset);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 11, 30, 0, TimeSpan.Zero), earlier.ReceivedAt);
    }

    [Fact]
    public async Task A_child_added_to_a_saved_root_is_inserted_with_its_domain_id()
    {
        var id = await SaveParcel();

        await using (var context = ConventionsTestContext.Create(_connection))
        {
            var parcel = await context.Set<Parcel>().SingleAsync(p => p.Id == id);
            parcel.Label("fragile");
            await new EfHousingStore(context).SaveChangesAsync();
        }

        await using var reader = ConventionsTestContext.Create(_connection);
        var reloaded = await reader.Set<Parcel>().SingleAsync(p => p.Id == id);
        Assert.Equal(["fragile"], reloaded.Labels.Select(l => l.Text));
        Assert.Equal(1, reloaded.Version);
    }

    [Fact]
    public async Task Two_writers_of_one_aggregate_cannot_both_save()
    {
        var id = await SaveParcel();
        await using var first = ConventionsTestContext.Create(_connection);
        await using var second = ConventionsTestContext.Create(_connection);
        var a = await first.Set<Parcel>().SingleAsync(p => p.Id == id);
        var b = await second.Set<Parcel>().SingleAsync(p => p.Id == id);

        a.Rename("first");
        await new EfHousingStore(first).SaveChangesAsync();
        b.Rename("second");
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => new EfHousingStore(second).SaveChangesAsync());

        Assert.Contains("Parcel", conflict.Message);
        Assert.Equal("first", Scalar("SELECT Name FROM Parcel"));
    }

    [Fact]
    public void Nullable_instants_and_enums_get_the_same_conversions()
    {
        using var context = ConventionsTestContext.Create(_connection);
        var parcel = context.Model.FindEntityType(typeof(Parcel))!;

        Assert.Equal(typeof(long), parcel.FindProperty(nameof(Parcel.DeliveredAt))!.GetTypeMapping().Converter!.ProviderClrType);
        Assert.Equal(typeof(string), parcel.FindProperty(nameof(Parcel.PreviousState))!.GetTypeMapping().Converter!.ProviderClrType);
    }

    [Fact]
    public void Every_aggregate_root_of_the_housing_model_has_its_version_as_concurrency_token()
    {
        using var context = ConventionsTestContext.Create(_connection);

        var roots = context.Model.GetEntityTypes().Where(t => typeof(AggregateRoot).IsAssignableFrom(t.ClrType) && t.BaseType is null).ToList();

        Assert.NotEmpty(roots);
        Assert.All(roots, root => Assert.True(root.FindProperty(nameof(AggregateRoot.Version))!.IsConcurrencyToken, root.DisplayName()));
    }
}
