using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Housing.Infrastructure.Exports;

/// <summary>
/// An Excel workbook written as it goes, so memory stays flat however many rows there are: the package is a zip written
/// entry by entry, each worksheet streamed with the OpenXML SDK's SAX-style <see cref="OpenXmlWriter"/>. Text is written
/// as inline strings (no shared-string table to keep in memory), numbers as numbers. A sheet holds at most
/// <see cref="RowsPerSheet"/> rows below its header; more rows continue on the next sheet, under the same header.
/// </summary>
/// <remarks>
/// <c>SpreadsheetDocument</c> would hold the package open for update, which keeps every part in memory until it is
/// saved; writing the parts into a create-only zip avoids that.
/// </remarks>
internal sealed class XlsxRowWriter : IExportRowWriter, IDisposable
{
    /// <summary>Excel's 1,048,576 rows per sheet, less the header.</summary>
    public const int RowsPerSheet = 1_048_575;

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string WorksheetRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    private const string StylesRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

    private static readonly IReadOnlyList<ExportColumn> Columns = DisclosureExportColumns.All;

    private readonly ZipArchive _zip;
    private readonly Row _row = new();
    private readonly Cell _textCell = new() { DataType = CellValues.InlineString };
    private readonly Cell _headerCell = new() { DataType = CellValues.InlineString, StyleIndex = 1 };
    private readonly Cell _numberCell = new();
    private readonly Cell _emptyCell = new();
    private readonly InlineString _inline = new();
    private readonly Text _text = new();
    private readonly CellValue _value = new();
    private readonly char[] _number = new char[32];

    private Stream? _sheetStream;
    private OpenXmlWriter? _sheet;
    private int _sheets;
    private int _rowsOnSheet;

    public XlsxRowWriter(Stream output) => _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

    public void WriteHeader() => StartSheet();

    public void WriteRow(DisclosureExportRow row)
    {
        if (_rowsOnSheet == RowsPerSheet)
        {
            EndSheet();
            StartSheet();
        }

        var sheet = _sheet!;
        sheet.WriteStartElement(_row);
        for (var i = 0; i < Columns.Count; i++)
        {
            var column = Columns[i];
            switch (column.Kind)
            {
                case ExportValueKind.Text:
                    if (column.Text(row) is { } text) TextCell(sheet, _textCell, text);
                    else EmptyCell(sheet);
                    break;
                case ExportValueKind.Integer:
                    if (column.Integer(row) is { } integer) NumberCell(sheet, integer);
                    else EmptyCell(sheet);
                    break;
                default:
                    if (column.Decimal(row) is { } number) NumberCell(sheet, number);
                    else EmptyCell(sheet);
                    break;
            }
        }
        sheet.WriteEndElement();
        _rowsOnSheet++;
    }

    public void Finish()
    {
        EndSheet();
        WriteWorkbook();
        WriteStyles();
        WriteXml("[Content_Types].xml", xml =>
        {
            xml.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(xml, "xml", "application/xml");
            Override(xml, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(xml, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var n = 1; n <= _sheets; n++)
                Override(xml, $"/xl/worksheets/sheet{n}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            xml.WriteEndElement();
        });
        WriteXml("_rels/.rels", xml =>
        {
            xml.WriteStartElement("Relationships", RelationshipsNamespace);
            Relationship(xml, "rId1", OfficeDocument, "xl/workbook.xml");
            xml.WriteEndElement();
        });
        WriteXml("xl/_rels/workbook.xml.rels", xml =>
        {
            xml.WriteStartElement("Relationships", RelationshipsNamespace);
            for (var n = 1; n <= _sheets; n++)
                Relationship(xml, $"rId{n}", WorksheetRelationship, $"worksheets/sheet{n}.xml");
            Relationship(xml, $"rId{_sheets + 1}", StylesRelationship, "styles.xml");
            xml.WriteEndElement();
        });
        _zip.Dispose();
    }

    public void Dispose()
    {
        _sheet?.Dispose();
        _sheetStream?.Dispose();
        _zip.Dispose();
    }

    private void StartSheet()
    {
        _sheets++;
        _rowsOnSheet = 0;
        _sheetStream = _zip.CreateEntry($"xl/worksheets/sheet{_sheets}.xml", CompressionLevel.Fastest).Open();
        _sheet = OpenXmlWriter.Create(_sheetStream);
        _sheet.WriteStartDocument();
        _sheet.WriteStartElement(new Worksheet());
        _sheet.WriteStartElement(new SheetData());
        _sheet.WriteStartElement(_row);
        foreach (var column in Columns)
            TextCell(_sheet, _headerCell, column.Name);
        _sheet.WriteEndElement();
    }

    private void EndSheet()
    {
        if (_sheet is null) return;
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.Close();
        _sheet = null;
        _sheetStream!.Dispose();
        _sheetStream = null;
    }

    private void TextCell(OpenXmlWriter sheet, Cell cell, string text)
    {
        sheet.WriteStartElement(cell);
        sheet.WriteStartElement(_inline);
        sheet.WriteStartElement(_text);
        sheet.WriteString(Escaped(text));
        sheet.WriteEndElement();
        sheet.WriteEndElement();
        sheet.WriteEndElement();
    }

    private void NumberCell<T>(OpenXmlWriter sheet, T value) where T : ISpanFormattable
    {
        sheet.WriteStartElement(_numberCell);
        sheet.WriteStartElement(_value);
        value.TryFormat(_number, out var length, default, CultureInfo.InvariantCulture);
        sheet.WriteString(new string(_number, 0, length));
        sheet.WriteEndElement();
        sheet.WriteEndElement();
    }

    private static readonly System.Buffers.SearchValues<char> Escapable =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Select(c => (char)c), '_']);

    /// <summary>
    /// Text as a spreadsheet string (ST_Xstring) holds it: a character XML cannot carry, or would turn into another (CR becomes
    /// LF when XML is read), as <c>_xHHHH_</c>, the way Excel writes them; an unpaired surrogate likewise, and a literal
    /// <c>_xHHHH_</c> with its underscore escaped so it reads back as itself.
    /// </summary>
    internal static string Escaped(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(Escapable) < 0 && span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
            return text;
        var escaped = new System.Text.StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var unpaired = char.IsHighSurrogate(c) ? i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
            if ((c < 0x20 && c is not ('\t' or '\n')) || unpaired || (c == '_' && LooksEscaped(span[i..])))
                escaped.Append(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            else
                escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static bool LooksEscaped(ReadOnlySpan<char> text) =>
        text.Length >= 7 && text[1] == 'x' && text[6] == '_' && !text.Slice(2, 4).ContainsAnyExcept("0123456789ABCDEFabcdef");

    // A cell without a reference takes the next column, so an empty value still needs its (empty) cell.
    private void EmptyCell(OpenXmlWriter sheet)
    {
        sheet.WriteStartElement(_emptyCell);
        sheet.WriteEndElement();
    }

    private void WriteWorkbook()
    {
        using var stream = _zip.CreateEntry("xl/workbook.xml", CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument();
        writer.WriteStartElement(new Workbook(), [], [new KeyValuePair<string, string>("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")]);
        writer.WriteStartElement(new Sheets());
        for (var n = 1; n <= _sheets; n++)
            writer.WriteElement(new Sheet { Name = _sheets == 1 ? "관리비 공개" : $"관리비 공개 {n}", SheetId = (uint)n, Id = $"rId{n}" });
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.Close();
    }

    /// <summary>Two cell formats: the default, and bold for the header.</summary>
    private void WriteStyles()
    {
        using var stream = _zip.CreateEntry("xl/styles.xml", CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument();
        writer.WriteElement(new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 }));
        writer.Close();
    }

    private void WriteXml(string entry, Action<XmlWriter> write)
    {
        using var stream = _zip.CreateEntry(entry, CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument(true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default");
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string contentType)
    {
        xml.WriteStartElement("Override");
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship");
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }
}
