using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Housing.Infrastructure.Exports;

/// <summary>Writes the rows of one export file in one format, column by column as <see cref="DisclosureExportColumns"/> defines them.</summary>
internal interface IExportRowWriter
{
    void WriteHeader();

    void WriteRow(DisclosureExportRow row);

    /// <summary>Writes what closes the file (nothing for line formats; the workbook's parts for XLSX).</summary>
    void Finish();
}

/// <summary>
/// CSV as RFC 4180 has it, in UTF-8 with a byte-order mark so Excel reads Korean text: comma-separated, CRLF line ends, a
/// field with a comma, quote, CR or LF inside quotes with its quotes doubled. Encoded straight into the output buffer; the
/// complex's columns are encoded once per complex and the few-valued texts (months, items) once per value.
/// </summary>
internal sealed class CsvRowWriter(IBufferWriter<byte> output) : IExportRowWriter
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private static readonly IReadOnlyList<ExportColumn> Columns = DisclosureExportColumns.All;

    private readonly Dictionary<string, byte[]> _encoded = new(StringComparer.Ordinal);
    private readonly ArrayBufferWriter<byte> _complexBuffer = new();
    private ExportComplex? _complex;
    private byte[] _complexCells = [];

    public void WriteHeader()
    {
        output.Write("\uFEFF"u8);
        for (var i = 0; i < Columns.Count; i++)
        {
            if (i > 0) Byte(output, (byte)',');
            Text(output, Columns[i].Name);
        }
        output.Write("\r\n"u8);
    }

    public void WriteRow(DisclosureExportRow row)
    {
        if (!ReferenceEquals(row.Complex, _complex))
        {
            _complexBuffer.ResetWrittenCount();
            for (var i = 0; i < DisclosureExportColumns.ComplexColumns; i++)
            {
                Cell(_complexBuffer, Columns[i], row);
                Byte(_complexBuffer, (byte)',');
            }
            _complexCells = _complexBuffer.WrittenSpan.ToArray();
            _complex = row.Complex;
        }

        output.Write(_complexCells);
        for (var i = DisclosureExportColumns.ComplexColumns; i < Columns.Count; i++)
        {
            if (i > DisclosureExportColumns.ComplexColumns) Byte(output, (byte)',');
            var column = Columns[i];
            if (column is { Kind: ExportValueKind.Text, FewValues: true } && column.Text(row) is { } text)
            {
                if (!_encoded.TryGetValue(text, out var bytes))
                {
                    var buffer = new ArrayBufferWriter<byte>();
                    Text(buffer, text);
                    _encoded[text] = bytes = buffer.WrittenSpan.ToArray();
                }
                output.Write(bytes);
            }
            else
            {
                Cell(output, column, row);
            }
        }
        output.Write("\r\n"u8);
    }

    public void Finish() { }

    private static void Cell(IBufferWriter<byte> to, ExportColumn column, DisclosureExportRow row)
    {
        switch (column.Kind)
        {
            case ExportValueKind.Text:
                Text(to, column.Text(row));
                break;
            case ExportValueKind.Integer:
                if (column.Integer(row) is { } integer)
                    Format(to, integer);
                break;
            default:
                if (column.Decimal(row) is { } number)
                    Format(to, number);
                break;
        }
    }

    private static void Text(IBufferWriter<byte> to, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (!value.AsSpan().ContainsAny(NeedsQuotes))
        {
            Encode(to, value);
            return;
        }

        Byte(to, (byte)'"');
        var rest = value.AsSpan();
        int quote;
        while ((quote = rest.IndexOf('"')) >= 0)
        {
            Encode(to, rest[..(quote + 1)]);
            Byte(to, (byte)'"');
            rest = rest[(quote + 1)..];
        }
        Encode(to, rest);
        Byte(to, (byte)'"');
    }

    private static void Encode(IBufferWriter<byte> to, ReadOnlySpan<char> text)
    {
        var span = to.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        to.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    internal static void Format<T>(IBufferWriter<byte> to, T value) where T : IUtf8SpanFormattable
    {
        var span = to.GetSpan(32);
        if (!value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"{value} does not fit 32 bytes.");
        to.Advance(written);
    }

    internal static void Byte(IBufferWriter<byte> to, byte value)
    {
        to.GetSpan(1)[0] = value;
        to.Advance(1);
    }
}

/// <summary>
/// JSON Lines: one object per row with the columns as properties (numbers as numbers, Korean text unescaped), LF after
/// each. The complex's properties are written once per complex with <see cref="Utf8JsonWriter"/> and kept as bytes; the
/// row's own properties follow, their names and few-valued texts pre-escaped.
/// </summary>
internal sealed class JsonLinesRowWriter(IBufferWriter<byte> output) : IExportRowWriter
{
    // Relaxed escaping writes Korean as UTF-8 rather than \uXXXX; quotes, control characters and line breaks are still escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly IReadOnlyList<ExportColumn> Columns = DisclosureExportColumns.All;
    private static readonly byte[][] Names = [.. Columns.Select(c => Encoding.UTF8.GetBytes(",\"" + c.Name + "\":"))];

    private readonly Dictionary<string, byte[]> _encoded = new(StringComparer.Ordinal);
    private readonly ArrayBufferWriter<byte> _complexBuffer = new();
    private ExportComplex? _complex;
    private byte[] _complexProperties = [];

    public void WriteHeader() { }

    public void WriteRow(DisclosureExportRow row)
    {
        if (!ReferenceEquals(row.Complex, _complex))
        {
            _complexBuffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(_complexBuffer, Options))
            {
                json.WriteStartObject();
                for (var i = 0; i < DisclosureExportColumns.ComplexColumns; i++)
                    Property(json, Columns[i], row);
                json.WriteEndObject();
            }
            // Without the closing brace: the row's own properties continue the object.
            _complexProperties = _complexBuffer.WrittenSpan[..^1].ToArray();
            _complex = row.Complex;
        }

        output.Write(_complexProperties);
        for (var i = DisclosureExportColumns.ComplexColumns; i < Columns.Count; i++)
        {
            output.Write(Names[i]);
            var column = Columns[i];
            switch (column.Kind)
            {
                case ExportValueKind.Text:
                    if (column.Text(row) is not { } text)
                        output.Write("null"u8);
                    else if (column.FewValues && _encoded.TryGetValue(text, out var bytes))
                        output.Write(bytes);
                    else
                    {
                        bytes = Encoding.UTF8.GetBytes("\"" + JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"");
                        if (column.FewValues) _encoded[text] = bytes;
                        output.Write(bytes);
                    }
                    break;
                case ExportValueKind.Integer:
                    if (column.Integer(row) is { } integer) CsvRowWriter.Format(output, integer);
                    else output.Write("null"u8);
                    break;
                default:
                    if (column.Decimal(row) is { } number && double.IsFinite(number)) CsvRowWriter.Format(output, number);
                    else output.Write("null"u8);
                    break;
            }
        }
        output.Write("}\n"u8);
    }

    public void Finish() { }

    private static void Property(Utf8JsonWriter json, ExportColumn column, DisclosureExportRow row)
    {
        switch (column.Kind)
        {
            case ExportValueKind.Text:
                if (column.Text(row) is { } text) json.WriteString(column.Name, text);
                else json.WriteNull(column.Name);
                break;
            case ExportValueKind.Integer:
                if (column.Integer(row) is { } integer) json.WriteNumber(column.Name, integer);
                else json.WriteNull(column.Name);
                break;
            default:
                if (column.Decimal(row) is { } number) json.WriteNumber(column.Name, number);
                else json.WriteNull(column.Name);
                break;
        }
    }
}
