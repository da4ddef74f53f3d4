using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Api.Tests.Exports;

/// <summary>
/// Reads export files back with real parsers (CsvHelper, System.Text.Json, the OpenXML SDK) into the row form
/// <see cref="ExportWorld.Row"/> compares: cells joined, numbers in invariant round-trip form.
/// </summary>
public static class ExportFileReaders
{
    private static readonly HashSet<int> NumberColumns =
        [.. ExportWorld.Header.Select((name, index) => (name, index)).Where(c => c.name is "households" or "exclusive_area" or "amount" or "amount_per_m2").Select(c => c.index)];

    /// <summary>The header and the rows of a CSV file, which must start with a UTF-8 byte-order mark.</summary>
    public static (string[] Header, List<string> Rows) Csv(byte[] file)
    {
        Assert.True(file.AsSpan().StartsWith("\uFEFF"u8), "The CSV does not start with the UTF-8 byte-order mark.");
        // RFC 4180 is the reader's default mode: quoted fields with separators, doubled quotes and line breaks.
        using var csv = CsvReader.Create(new MemoryStream(file, 3, file.Length - 3), null, false);
        var header = csv.Headers.ToArray();
        var rows = new List<string>();
        while (csv.Read())
        {
            Assert.Equal(header.Length, csv.FieldCount);
            rows.Add(ExportWorld.Row([.. Enumerable.Range(0, header.Length).Select(i => Normalize(i, csv.GetString(i)))]));
        }
        return (header, rows);
    }

    /// <summary>The rows of a JSON Lines file: one object per line, its properties in column order.</summary>
    public static (string[] Header, List<string> Rows) JsonLines(byte[] file)
    {
        var text = Encoding.UTF8.GetString(file);
        Assert.EndsWith("\n", text);
        string[]? header = null;
        var rows = new List<string>();
        foreach (var line in text[..^1].Split('\n'))
        {
            using var json = JsonDocument.Parse(line);
            var properties = json.RootElement.EnumerateObject().ToList();
            header ??= [.. properties.Select(p => p.Name)];
            Assert.Equal(header, properties.Select(p => p.Name));
            rows.Add(ExportWorld.Row([.. properties.Select((p, i) => p.Value.ValueKind switch
            {
                JsonValueKind.Number => Normalize(i, p.Value.GetRawText()),
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Null => null,
                _ => throw new Xunit.Sdk.XunitException($"Unexpected JSON value {p.Value} in column {p.Name}."),
            })]));
        }
        return (header ?? [], rows);
    }

    /// <summary>
    /// The header and rows of every sheet of a workbook opened with the OpenXML SDK (each sheet repeats the header), checking
    /// that numbers are number cells and text is inline strings.
    /// </summary>
    public static (string[] Header, List<string> Rows, int Sheets) Xlsx(byte[] file)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        var workbook = document.WorkbookPart!;
        string[]? header = null;
        var rows = new List<string>();
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        foreach (var sheet in sheets)
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var sheetRows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
            var sheetHeader = sheetRows[0].Elements<Cell>().Select(c => c.InlineString!.InnerText).ToArray();
            header ??= sheetHeader;
            Assert.Equal(header, sheetHeader);
            foreach (var row in sheetRows.Skip(1))
            {
                var cells = row.Elements<Cell>().ToList();
                Assert.Equal(header.Length, cells.Count);
                rows.Add(ExportWorld.Row([.. cells.Select((cell, i) =>
                {
                    if (NumberColumns.Contains(i))
                    {
                        Assert.Null(cell.DataType);
                        return Normalize(i, cell.CellValue!.Text);
                    }
                    Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
                    return Unescape(cell.InlineString!.InnerText);
                })]));
            }
        }
        return (header ?? [], rows, sheets.Count);
    }

    /// <summary>A spreadsheet string's <c>_xHHHH_</c> escapes (ECMA-376 ST_Xstring) read back as the characters they stand for.</summary>
    private static string Unescape(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "_x([0-9A-Fa-f]{4})_", m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    private static string? Normalize(int column, string? text) =>
        NumberColumns.Contains(column) && !string.IsNullOrEmpty(text)
            ? ExportWorld.Number(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture))
            : text;
}
