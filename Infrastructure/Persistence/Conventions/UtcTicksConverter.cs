using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Housing.Infrastructure.Persistence.Conventions;

/// <summary>
/// Stores an instant as UTC ticks on SQLite, whose EF provider cannot order or compare
/// <see cref="DateTimeOffset"/> stored as text. Instants come back in UTC.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    instant => instant.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
