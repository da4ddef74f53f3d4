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
/// field with a comma, quote, CR or LF inside quotes with its quotes doubled. Encoded straight into the output buffer.
/// </summary>
internal sealed class CsvRowWriter(IBufferWriter<byte> output) : IExportRowWriter
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private static readonly IReadOnlyList<ExportColumn> Columns = DisclosureExportColumns.All;

    public void WriteHeader()
    {
        output.Write("\uFEFF"u8);
        for (var i = 0; i < Columns.Count; i++)
        {
            if (i > 0) Byte((byte)',');
            Text(Columns[i].Name);
        }
        output.Write("\r\n"u8);
    }

    public void WriteRow(DisclosureExportRow row)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (i > 0) Byte((byte)',');
            var column = Columns[i];
            switch (column.Kind)
            {
                case ExportValueKind.Text:
                    Text(column.Text(row));
                    break;
                case ExportValueKind.Integer:
                    if (column.Integer(row) is { } integer)
                        Format(integer);
                    break;
                default:
                    if (column.Decimal(row) is { } number)
                        Format(number);
                    break;
            }
        }
        output.Write("\r\n"u8);
    }

    public void Finish() { }

    private void Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (!value.AsSpan().ContainsAny(NeedsQuotes))
        {
            Encode(value);
            return;
        }

        Byte((byte)'"');
        var rest = value.AsSpan();
        int quote;
        while ((quote = rest.IndexOf('"')) >= 0)
        {
            Encode(rest[..(quote + 1)]);
            Byte((byte)'"');
            rest = rest[(quote + 1)..];
        }
        Encode(rest);
        Byte((byte)'"');
    }

    private void Encode(ReadOnlySpan<char> text)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    private void Format<T>(T value) where T : IUtf8SpanFormattable
    {
        var span = output.GetSpan(32);
        if (!value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"{value} does not fit 32 bytes.");
        output.Advance(written);
    }

    private void Byte(byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }
}

/// <summary>JSON Lines: one object per row with the columns as properties (numbers as numbers, Korean text unescaped), LF after each.</summary>
internal sealed class JsonLinesRowWriter : IExportRowWriter
{
    private static readonly IReadOnlyList<ExportColumn> Columns = DisclosureExportColumns.All;
    private static readonly JsonEncodedText[] Names =
        [.. DisclosureExportColumns.All.Select(c => JsonEncodedText.Encode(c.Name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping))];

    private readonly IBufferWriter<byte> _output;
    private readonly Utf8JsonWriter _json;

    public JsonLinesRowWriter(IBufferWriter<byte> output)
    {
        _output = output;
        // Relaxed escaping writes Korean as UTF-8 rather than \uXXXX; quotes, control characters and line breaks are still escaped.
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    }

    public void WriteHeader() { }

    public void WriteRow(DisclosureExportRow row)
    {
        _json.WriteStartObject();
        for (var i = 0; i < Columns.Count; i++)
        {
            var column = Columns[i];
            switch (column.Kind)
            {
                case ExportValueKind.Text:
                    if (column.Text(row) is { } text) _json.WriteString(Names[i], text);
                    else _json.WriteNull(Names[i]);
                    break;
                case ExportValueKind.Integer:
                    if (column.Integer(row) is { } integer) _json.WriteNumber(Names[i], integer);
                    else _json.WriteNull(Names[i]);
                    break;
                default:
                    if (column.Decimal(row) is { } number) _json.WriteNumber(Names[i], number);
                    else _json.WriteNull(Names[i]);
                    break;
            }
        }
        _json.WriteEndObject();
        _json.Flush();
        // A new top-level value per line: reset the writer's state instead of letting it add a separator.
        _json.Reset(_output);
        _output.GetSpan(1)[0] = (byte)'\n';
        _output.Advance(1);
    }

    public void Finish() => _json.Dispose();
}
