using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GraphQL.Http;

/// <summary>
/// Writes one operation as a server-sent event stream (GraphQL over SSE, distinct connections mode): an
/// <c>event: next</c> per result, then <c>event: complete</c>; comment lines keep an idle stream open.
/// </summary>
internal static class GraphQLEventStream
{
    public const string MediaType = GraphQLMediaTypes.EventStream;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(
        HttpResponse response, StreamedOperation operation, GraphQLServerSentEventsOptions options, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(cancellationToken);

        // Headers go out now: a client waits for them before it counts the stream as open.
        await response.Body.FlushAsync(cancellationToken);

        using var writeLock = new SemaphoreSlim(1, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var keepAlive = KeepAliveAsync(response, writeLock, options.KeepAliveInterval, stop.Token);
        try
        {
            if (operation.Errors is { } errors)
            {
                await WriteEventAsync(response, writeLock, "next", ExecutionResult.FromErrors(errors), cancellationToken);
            }
            else
            {
                await foreach (var result in operation.Results!.WithCancellation(cancellationToken))
                {
                    await WriteEventAsync(response, writeLock, "next", result, cancellationToken);
                }
            }

            await WriteEventAsync(response, writeLock, "complete", null, cancellationToken);
        }
        finally
        {
            await stop.CancelAsync();
            await keepAlive;
        }
    }

    private static async Task WriteEventAsync(HttpResponse response, SemaphoreSlim writeLock, string name, ExecutionResult? result, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write("event: "u8);
        buffer.Write(System.Text.Encoding.UTF8.GetBytes(name));
        buffer.Write("\ndata:"u8);
        if (result is not null)
        {
            // Compact JSON has no line breaks, so one data line carries the whole result.
            buffer.Write(" "u8);
            using var writer = new Utf8JsonWriter(buffer, WriterOptions);
            result.WriteTo(writer);
        }

        buffer.Write("\n\n"u8);
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            await response.Body.WriteAsync(buffer.WrittenMemory, cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }
        finally
        {
            writeLock.Release();
        }
    }

    private static async Task KeepAliveAsync(HttpResponse response, SemaphoreSlim writeLock, TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(interval);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await writeLock.WaitAsync(cancellationToken);
                try
                {
                    await response.Body.WriteAsync(":\n\n"u8.ToArray(), cancellationToken);
                    await response.Body.FlushAsync(cancellationToken);
                }
                finally
                {
                    writeLock.Release();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
    }
}
