using Housing.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Housing.Infrastructure.Persistence.Conventions;

/// <summary>Stores a <see cref="YearMonth"/> as the sortable integer yyyymm (202606), so months compare in SQL.</summary>
public sealed class YearMonthConverter() : ValueConverter<YearMonth, int>(
    month => month.Number,
    number => YearMonth.FromNumber(number));
