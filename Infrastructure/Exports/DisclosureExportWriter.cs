using System.IO.Pipelines;
using Housing.Domain.Disclosures;

namespace Housing.Infrastructure.Exports;

/// <summary>Told every <see cref="Every"/> rows how many have been written; the export job records it and checks for a cancel.</summary>
public sealed record ExportProgress(int Every, Func<long, CancellationToken, Task> ReportAsync);

/// <summary>
/// Writes rows as they are read into a file or a response, in any export format: the one code path of the export job,
/// the streaming endpoint and the benchmark. Text formats go through a pipe flushed every <see cref="FlushBytes"/>, so
/// neither the rows nor the output are ever held whole.
/// </summary>
public static class DisclosureExportWriter
{
    public const int FlushBytes = 64 * 1024;

    /// <summary>Writes the header and every row; returns the number of rows written.</summary>
    public static async Task<long> WriteAsync(IAsyncEnumerable<DisclosureExportRow> rows, ExportFormat format, Stream destination,
        ExportProgress? progress = null, CancellationToken ct = default)
    {
        if (format == ExportFormat.Xlsx)
        {
            using var workbook = new XlsxRowWriter(destination);
            return await WriteRowsAsync(rows, workbook, progress, null, ct);
        }

        var pipe = PipeWriter.Create(destination, new StreamPipeWriterOptions(minimumBufferSize: FlushBytes, leaveOpen: true));
        IExportRowWriter writer = format == ExportFormat.Csv ? new CsvRowWriter(pipe) : new JsonLinesRowWriter(pipe);
        try
        {
            var count = await WriteRowsAsync(rows, writer, progress, pipe, ct);
            await pipe.CompleteAsync();
            return count;
        }
        catch (Exception e)
        {
            await pipe.CompleteAsync(e);
            throw;
        }
    }

    private static async Task<long> WriteRowsAsync(IAsyncEnumerable<DisclosureExportRow> rows, IExportRowWriter writer, ExportProgress? progress,
        PipeWriter? pipe, CancellationToken ct)
    {
        writer.WriteHeader();
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            writer.WriteRow(row);
            count++;
            if (pipe is { UnflushedBytes: >= FlushBytes })
                await pipe.FlushAsync(ct);
            if (progress is not null && count % progress.Every == 0)
                await progress.ReportAsync(count, ct);
        }
        writer.Finish();
        return count;
    }
}
