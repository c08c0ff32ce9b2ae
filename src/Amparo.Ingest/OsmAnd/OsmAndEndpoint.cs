using System.Net.Mime;
using Amparo.Domain.Devices;
using Amparo.Ingest.Intake;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Amparo.Ingest.OsmAnd;

/// <summary>
/// The OsmAnd listener: GET or POST on any path of its own port. 200 only once every position of the request is
/// committed; 400 with a plain reason for bad input or an unknown device; 503 when storage fails (the phone retries).
/// </summary>
public static partial class OsmAndEndpoint
{
    /// <summary>Answers every request that arrives on the OsmAnd port, whatever its path, and nothing else there.</summary>
    public static IApplicationBuilder UseOsmAndListener(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var port = app.ApplicationServices.GetRequiredService<IOptions<OsmAndOptions>>().Value.Port;
        if (port != 0)
        {
            app.MapWhen(context => context.Connection.LocalPort == port, device => device.Run(HandleAsync));
        }

        return app;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var result = await AnswerAsync(context);
        await result.ExecuteAsync(context);
    }

    private static async Task<IResult> AnswerAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OsmAndEndpoint).FullName!);
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsPost(context.Request.Method))
        {
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        }

        var options = services.GetRequiredService<IOptions<OsmAndOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        IngestMetrics.FrameReceived(DeviceProtocol.OsmAnd);
        if (!services.GetRequiredService<DeviceRateLimiter>().TryRequest(context.Connection.RemoteIpAddress?.ToString() ?? "?"))
        {
            IngestMetrics.FrameRejected(DeviceProtocol.OsmAnd, "address_rate_limited");
            return Results.Text("Too many requests from this address this minute.", MediaTypeNames.Text.Plain, statusCode: StatusCodes.Status429TooManyRequests);
        }

        OsmAndDecodeResult decoded;
        try
        {
            decoded = await DecodeAsync(context.Request, options, now, context.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or FormatException)
        {
            decoded = OsmAndDecodeResult.Fail("malformed_request", "Malformed request body.");
        }

        if (decoded.IsError)
        {
            return Reject(logger, context, decoded.ErrorCode!, decoded.Reason!);
        }

        IngestMetrics.FrameDecoded(DeviceProtocol.OsmAnd);
        var sink = services.GetRequiredService<IDeviceMessageSink>();
        foreach (var decodedMessage in decoded.Messages)
        {
            var message = decodedMessage.Position?.Alarm is null
                ? decodedMessage
                : decodedMessage with { RawFrame = context.Request.Path + context.Request.QueryString };
            var outcome = await sink.AcceptAsync(message, DeviceProtocol.OsmAnd, context.RequestAborted);
            switch (outcome)
            {
                case IntakeOutcome.UnknownDevice:
                    return Reject(logger, context, "unknown_device", $"Unknown device '{message.UniqueId}'.");
                case IntakeOutcome.RateLimited:
                    return Results.Text("Too many positions from this device this minute.", MediaTypeNames.Text.Plain, statusCode: StatusCodes.Status429TooManyRequests);
                case IntakeOutcome.Unavailable:
                    LogUnavailable(logger, message.UniqueId);
                    return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                case IntakeOutcome.Accepted:
                    break;
            }
        }

        return Results.Ok();
    }

    private static async Task<OsmAndDecodeResult> DecodeAsync(HttpRequest request, OsmAndOptions options, DateTime now, CancellationToken cancellationToken)
    {
        var skew = TimeSpan.FromMinutes(options.MaxFutureSkewMinutes);
        if (HttpMethods.IsPost(request.Method) && request.ContentType?.StartsWith(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase) == true)
        {
            var body = await ReadBodyAsync(request, options.MaxBodyBytes, cancellationToken);
            return body is null
                ? OsmAndDecodeResult.Fail("too_large", $"Body larger than {options.MaxBodyBytes} bytes.")
                : OsmAndJsonDecoder.Decode(body, now, skew);
        }

        var parameters = request.Query.Select(q => KeyValuePair.Create(q.Key, q.Value.ToString()));
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            parameters = parameters.Concat(form.Select(f => KeyValuePair.Create(f.Key, f.Value.ToString())));
        }

        return OsmAndQueryDecoder.Decode(parameters.ToList(), now, skew);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult Reject(ILogger logger, HttpContext context, string code, string reason)
    {
        IngestMetrics.FrameRejected(DeviceProtocol.OsmAnd, code);
        LogRejected(logger, code, context.Connection.RemoteIpAddress?.ToString(), reason);
        return Results.Text(reason, MediaTypeNames.Text.Plain, statusCode: StatusCodes.Status400BadRequest);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "OsmAnd request from {Remote} refused ({Code}): {Reason}")]
    private static partial void LogRejected(ILogger logger, string code, string? remote, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "OsmAnd position of {Device} could not be stored; answered 503 so the phone retries")]
    private static partial void LogUnavailable(ILogger logger, string device);
}
