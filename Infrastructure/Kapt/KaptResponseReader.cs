using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Housing.Infrastructure.Kapt;

/// <summary>
/// Reads a K-apt answer in either format (JSON was asked for, but errors may still come as XML): the success
/// envelope <c>response.header/body</c> with its item shapes, and the error envelope <c>OpenAPI_ServiceResponse</c>.
/// </summary>
public static class KaptResponseReader
{
    /// <summary>Parses the answer, throwing the <see cref="KaptException"/> its error code calls for.</summary>
    public static KaptResponse Read(string service, string content)
    {
        var text = content.AsSpan().TrimStart();
        if (text.IsEmpty)
            throw new KaptTransientException(service, "EMPTY", $"K-apt service {service} sent an empty answer.");
        try
        {
            return text[0] == '<' ? ReadXml(service, content) : ReadJson(service, content);
        }
        catch (Exception e) when (e is JsonException or XmlException or InvalidOperationException or FormatException)
        {
            throw new KaptTransientException(service, "MALFORMED", $"K-apt service {service} sent an answer that is not a K-apt envelope: {Excerpt(content)}", e);
        }
    }

    private static KaptResponse Checked(string service, string code, string message, IReadOnlyList<KaptRecord> items, int? total, int? page, int? rows) =>
        code switch
        {
            "00" or "0" or "000" => new KaptResponse("00", message, items, total, page, rows),
            "03" => new KaptResponse("03", message, [], 0, page, rows), // NODATA_ERROR: a page past the end
            _ => throw KaptErrorCodes.ToException(service, code, message),
        };

    private static KaptResponse ReadJson(string service, string content)
    {
        using var doc = JsonDocument.Parse(content);
        var root = doc.RootElement;
        if (Property(root, "OpenAPI_ServiceResponse") is { } error)
        {
            var header = Property(error, "cmmMsgHeader") ?? error;
            throw KaptErrorCodes.ToException(service,
                Scalar(Property(header, "returnReasonCode")) ?? "99",
                Scalar(Property(header, "returnAuthMsg")) ?? Scalar(Property(header, "errMsg")));
        }
        var response = Property(root, "response") ?? throw new FormatException("No 'response' element.");
        var head = Property(response, "header");
        var code = Scalar(head is { } h ? Property(h, "resultCode") : null) ?? "00";
        var message = Scalar(head is { } h2 ? Property(h2, "resultMsg") : null) ?? "";
        var body = Property(response, "body");
        var items = new List<KaptRecord>();
        if (body is { } b)
        {
            if (Property(b, "items") is { } list)
            {
                if (list.ValueKind == JsonValueKind.Array) AddJsonItems(items, list);
                else if (list.ValueKind == JsonValueKind.Object && Property(list, "item") is { } nested) AddJsonItems(items, nested);
            }
            if (Property(b, "item") is { } single) AddJsonItems(items, single);
        }
        return Checked(service, code, message, items,
            Int(body is { } t ? Scalar(Property(t, "totalCount")) : null),
            Int(body is { } p ? Scalar(Property(p, "pageNo")) : null),
            Int(body is { } r ? Scalar(Property(r, "numOfRows")) : null));
    }

    private static void AddJsonItems(List<KaptRecord> items, JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in element.EnumerateArray())
                if (e.ValueKind == JsonValueKind.Object) items.Add(JsonRecord(e));
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            items.Add(JsonRecord(element));
        }
    }

    private static KaptRecord JsonRecord(JsonElement obj) =>
        new(obj.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Scalar(p.Value))));

    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        foreach (var p in element.EnumerateObject())
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                return p.Value;
        return null;
    }

    private static string? Scalar(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.String } e => e.GetString(),
        { ValueKind: JsonValueKind.Number } e => e.GetRawText(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => null,
    };

    private static KaptResponse ReadXml(string service, string content)
    {
        var root = XDocument.Parse(content).Root ?? throw new FormatException("No root element.");
        if (root.Name.LocalName.Equals("OpenAPI_ServiceResponse", StringComparison.OrdinalIgnoreCase))
        {
            var header = Child(root, "cmmMsgHeader") ?? root;
            throw KaptErrorCodes.ToException(service,
                Value(Child(header, "returnReasonCode")) ?? "99",
                Value(Child(header, "returnAuthMsg")) ?? Value(Child(header, "errMsg")));
        }
        if (!root.Name.LocalName.Equals("response", StringComparison.OrdinalIgnoreCase))
            throw new FormatException($"Unexpected root element '{root.Name.LocalName}'.");
        var head = Child(root, "header");
        var body = Child(root, "body");
        var items = new List<KaptRecord>();
        if (body is not null)
        {
            var list = Child(body, "items");
            var rows = list is null ? [] : Children(list, "item").ToList();
            items.AddRange(rows.Select(XmlRecord));
            items.AddRange(Children(body, "item").Select(XmlRecord));
        }
        return Checked(service,
            Value(head is null ? null : Child(head, "resultCode")) ?? "00",
            Value(head is null ? null : Child(head, "resultMsg")) ?? "",
            items,
            Int(Value(body is null ? null : Child(body, "totalCount"))),
            Int(Value(body is null ? null : Child(body, "pageNo"))),
            Int(Value(body is null ? null : Child(body, "numOfRows"))));
    }

    private static KaptRecord XmlRecord(XElement item) =>
        new(item.Elements().Select(e => KeyValuePair.Create(e.Name.LocalName, e.HasElements ? null : (string?)e.Value)));

    private static XElement? Child(XElement parent, string name) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<XElement> Children(XElement parent, string name) =>
        parent.Elements().Where(e => e.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static string? Value(XElement? element) => element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    private static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string Excerpt(string content) =>
        content.Length <= 200 ? content : content[..200] + "…";
}
