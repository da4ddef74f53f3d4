using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Housing.Domain.Common;
using Housing.Infrastructure.Kapt;
using Infrastructure.Tests.Jobs.Support;
using Microsoft.AspNetCore.Http;

namespace Infrastructure.Tests.Kapt;

/// <summary>A complex the fake portal knows.</summary>
public sealed record FakeComplex(string KaptCode, string Name, string BjdCode, int Households);

/// <summary>
/// The K-apt open-data services as the portal answers them (../shared/KAPT.md): success envelopes in JSON or XML,
/// list V4 rows as a plain array (or V3's items.item, an object for one row), common fees as numbers, individual fees
/// as strings, capitalisation variants, months not disclosed as all-null items, and the OpenAPI_ServiceResponse error
/// envelope for the faults a test switches on. Runs on 127.0.0.1.
/// </summary>
public sealed class FakeKaptServer : IAsyncDisposable
{
    public const string Key = "test-service-key==";

    private readonly LocalHttpServer _server;
    private readonly ConcurrentQueue<string> _log = new();
    private int _requests;

    private FakeKaptServer(LocalHttpServer server) => _server = server;

    public Uri BaseUrl => _server.Address;

    public Dictionary<string, List<FakeComplex>> Sigungus { get; } = [];

    /// <summary>(K-apt code, month) pairs answered as "not disclosed": code 00, every value null.</summary>
    public HashSet<(string KaptCode, YearMonth Month)> NotDisclosed { get; } = [];

    /// <summary>Heating names to answer for some complexes instead of 지역난방, e.g. one the domain does not know.</summary>
    public Dictionary<string, string> Heating { get; } = [];

    /// <summary>Answer in XML even when JSON is asked for.</summary>
    public bool AlwaysXml { get; set; }

    /// <summary>Send error envelopes in XML (the portal's gateway does, whatever was asked).</summary>
    public bool ErrorsAsXml { get; set; } = true;

    /// <summary>Nest list rows as V3 did (items.item) instead of V4's plain array.</summary>
    public bool ListAsItemItem { get; set; }

    /// <summary>Requests the key may still make today; then code 22 until <see cref="ResetQuota"/>.</summary>
    public int? QuotaRemaining { get; set; }

    /// <summary>1-based request numbers that fail with code 04.</summary>
    public HashSet<int> TransientAt { get; } = [];

    /// <summary>1-based request numbers refused with HTTP 429 and code 23.</summary>
    public HashSet<int> ThrottleAt { get; } = [];

    /// <summary>Services answering 12 (retired).</summary>
    public HashSet<string> Retired { get; } = [];

    /// <summary>Slows every answer, so a test can stop a client in the middle of an import.</summary>
    public TimeSpan Latency { get; set; }

    public int Requests => _requests;

    public IReadOnlyList<string> Log => [.. _log];

    public void ResetQuota(int? remaining) => QuotaRemaining = remaining;

    public static async Task<FakeKaptServer> StartAsync()
    {
        FakeKaptServer? fake = null;
        var server = await LocalHttpServer.StartAsync(context => fake!.HandleAsync(context));
        fake = new FakeKaptServer(server);
        return fake;
    }

    /// <summary>A sigungu with <paramref name="count"/> complexes named after Yeongdeungpo-gu's.</summary>
    public void AddSigungu(string sigunguCode, int count)
    {
        Sigungus[sigunguCode] = [.. Enumerable.Range(1, count).Select(i => new FakeComplex(
            $"A{sigunguCode[..3]}{i:D5}", $"영등포 테스트{i}단지", sigunguCode + "10100", 100 + 37 * i))];
    }

    /// <summary>The amount the portal holds for a field of a complex-month: fixed by its inputs, so runs compare.</summary>
    public static long AmountOf(string kaptCode, YearMonth month, string field)
    {
        var hash = 17;
        foreach (var c in $"{kaptCode}|{month.Number}|{field.ToLowerInvariant()}") hash = unchecked(hash * 31 + c);
        return 10_000 + (Math.Abs(hash) % 5_000_000);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var number = Interlocked.Increment(ref _requests);
        var segments = context.Request.Path.Value!.Trim('/').Split('/');
        var (service, operation) = (segments[0], segments.Length > 1 ? segments[1] : "");
        var query = context.Request.Query;
        _log.Enqueue($"{service}/{operation}?{context.Request.QueryString}");
        if (Latency > TimeSpan.Zero) await Task.Delay(Latency);
        var json = query["_type"] == "json" && !AlwaysXml;

        if (query["serviceKey"] != Key) { await ErrorAsync(context, 200, "30", "SERVICE_KEY_IS_NOT_REGISTERED_ERROR"); return; }
        if (Retired.Contains(service)) { await ErrorAsync(context, 200, "12", "NO_OPENAPI_SERVICE_ERROR"); return; }
        if (ThrottleAt.Contains(number)) { await ErrorAsync(context, 429, "23", "LIMITED_NUMBER_OF_SERVICE_REQUESTS_PER_SECOND_EXCEEDS_ERROR"); return; }
        if (TransientAt.Contains(number)) { await ErrorAsync(context, number % 2 == 0 ? 500 : 200, "04", "HTTP_ERROR"); return; }
        bool spent;
        lock (_log)
        {
            spent = QuotaRemaining is <= 0;
            if (!spent && QuotaRemaining is { } left) QuotaRemaining = left - 1;
        }
        if (spent) { await ErrorAsync(context, 200, "22", "LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR"); return; }

        var body = operation switch
        {
            KaptCatalog.ListOperation => ListBody(query["sigunguCode"]!, int.Parse(query["pageNo"]!, CultureInfo.InvariantCulture), int.Parse(query["numOfRows"]!, CultureInfo.InvariantCulture)),
            KaptCatalog.BasicInfoOperation => ItemBody(BasicInfo(query["kaptCode"]!)),
            _ => ItemBody(Fee(service, operation, query["kaptCode"]!, YearMonth.Parse(query["searchDate"]!))),
        };
        await WriteAsync(context, 200, json ? Json(body) : Xml(body), json);
    }

    private sealed record Body(List<List<(string Name, object? Value)>> Items, bool AsList, int? Total, int? Page, int? Rows);

    private Body ListBody(string sigungu, int page, int rows)
    {
        var all = Sigungus.GetValueOrDefault(sigungu) ?? [];
        var items = all.Skip((page - 1) * rows).Take(rows).Select(c => new List<(string, object?)>
        {
            ("kaptCode", c.KaptCode), ("kaptName", c.Name), ("bjdCode", c.BjdCode),
            ("as1", "서울특별시"), ("as2", "영등포구"), ("as3", "여의도동"), ("as4", null),
        }).ToList();
        return new Body(items, true, all.Count, page, rows);
    }

    private static Body ItemBody(List<(string, object?)>? item) => new(item is null ? [] : [item], false, null, null, null);

    private List<(string, object?)>? BasicInfo(string kaptCode)
    {
        var c = Sigungus.Values.SelectMany(l => l).FirstOrDefault(x => x.KaptCode == kaptCode);
        if (c is null) return null;
        return
        [
            ("kaptCode", c.KaptCode), ("kaptName", c.Name), ("kaptAddr", $"서울특별시 영등포구 여의도동 {c.Households}"),
            ("doroJuso", $"서울특별시 영등포구 여의대로 {c.Households}"), ("bjdCode", c.BjdCode), ("codeSaleNm", "분양"),
            ("codeHeatNm", Heating.GetValueOrDefault(c.KaptCode, "지역난방")), ("codeMgrNm", "위탁관리"), ("codeHallNm", "혼합식"), ("codeAptNm", "아파트"),
            ("kaptTarea", 19324.6751), ("kaptMarea", 15040.1634), ("privArea", (c.Households * 72.5).ToString("0.####", CultureInfo.InvariantCulture)),
            ("kaptDongCnt", "3"), ("kaptdaCnt", c.Households), ("hoCnt", c.Households), ("kaptUsedate", "20150806"),
            ("kaptTel", "02-2670-3114"), ("kaptMparea_85", 182),
        ];
    }

    private List<(string, object?)> Fee(string service, string operation, string kaptCode, YearMonth month)
    {
        var op = KaptCatalog.FeeOperations.Single(o => o.Service == service && o.Operation == operation);
        var hidden = NotDisclosed.Contains((kaptCode, month));
        var item = new List<(string, object?)>();
        foreach (var field in op.Fields)
        {
            var amount = AmountOf(kaptCode, month, field);
            object? value = hidden ? null : service switch
            {
                KaptCatalog.IndividualFeeService => amount.ToString(CultureInfo.InvariantCulture),
                KaptCatalog.RepairReserveService when field == "sPer" => "0.04",
                KaptCatalog.RepairReserveService => amount.ToString(CultureInfo.InvariantCulture),
                _ => amount,
            };
            // The repair services capitalise some fields (SUse, SLevy) where the documentation writes sUse.
            var name = service == KaptCatalog.RepairReserveService && field is "sUse" or "sLevy" ? char.ToUpperInvariant(field[0]) + field[1..] : field;
            item.Add((name, value));
        }
        item.Add(("kaptCode", kaptCode));
        return item;
    }

    private string Json(Body body)
    {
        var items = new JsonArray(body.Items.Select(i => (JsonNode)Obj(i)).ToArray());
        var jsonBody = new JsonObject();
        if (body.AsList)
        {
            jsonBody["items"] = ListAsItemItem
                ? new JsonObject { ["item"] = items.Count == 1 ? Obj(body.Items[0]) : items }
                : items;
            jsonBody["numOfRows"] = body.Rows;
            jsonBody["pageNo"] = body.Page;
            jsonBody["totalCount"] = body.Total;
        }
        else if (body.Items.Count > 0)
        {
            jsonBody["item"] = Obj(body.Items[0]);
        }
        return new JsonObject
        {
            ["response"] = new JsonObject
            {
                ["header"] = new JsonObject { ["resultCode"] = "00", ["resultMsg"] = "NORMAL SERVICE." },
                ["body"] = jsonBody,
            },
        }.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject Obj(List<(string Name, object? Value)> item)
    {
        var obj = new JsonObject();
        foreach (var (name, value) in item)
            obj[name] = value switch
            {
                null => null,
                string s => JsonValue.Create(s),
                int i => JsonValue.Create(i),
                long l => JsonValue.Create(l),
                double d => JsonValue.Create(d),
                _ => JsonValue.Create(value.ToString()),
            };
        return obj;
    }

    private static string Xml(Body body)
    {
        static XElement Item(List<(string Name, object? Value)> item) =>
            new("item", item.Select(f => new XElement(f.Name, f.Value is IFormattable x ? x.ToString(null, CultureInfo.InvariantCulture) : f.Value?.ToString() ?? "")));
        var xmlBody = new XElement("body");
        if (body.AsList)
        {
            xmlBody.Add(new XElement("items", body.Items.Select(Item)));
            xmlBody.Add(new XElement("numOfRows", body.Rows), new XElement("pageNo", body.Page), new XElement("totalCount", body.Total));
        }
        else
        {
            xmlBody.Add(body.Items.Select(Item));
        }
        return new XDocument(new XDeclaration("1.0", "UTF-8", "yes"),
            new XElement("response",
                new XElement("header", new XElement("resultCode", "00"), new XElement("resultMsg", "NORMAL SERVICE.")),
                xmlBody)).ToString();
    }

    private Task ErrorAsync(HttpContext context, int status, string code, string message)
    {
        if (ErrorsAsXml)
            return WriteAsync(context, status,
                $"<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg><returnAuthMsg>{message}</returnAuthMsg><returnReasonCode>{code}</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>",
                json: false);
        return WriteAsync(context, status,
            $"{{\"OpenAPI_ServiceResponse\":{{\"cmmMsgHeader\":{{\"errMsg\":\"SERVICE ERROR\",\"returnAuthMsg\":\"{message}\",\"returnReasonCode\":\"{code}\"}}}}}}",
            json: true);
    }

    private static async Task WriteAsync(HttpContext context, int status, string content, bool json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = json ? "application/json;charset=UTF-8" : "text/xml;charset=UTF-8";
        await context.Response.WriteAsync(content, Encoding.UTF8);
    }
}
