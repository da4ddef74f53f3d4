using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Api.Tests.Support;
using Housing.Domain.Complexes;

namespace Api.Tests.Exports;

public sealed class DisclosureStreamingTests : IClassFixture<DisclosureStreamingTests.World>
{
    /// <summary>One host and world for the tests of this class: they only read.</summary>
    public sealed class World : IAsyncLifetime
    {
        public HousingApiFactory Api { get; } = new();

        public ExportWorld Exports { get; private set; } = null!;

        public async Task InitializeAsync() => Exports = await ExportWorld.CreateAsync(Api);

        public Task DisposeAsync()
        {
            Api.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly ExportWorld _world;

    public DisclosureStreamingTests(World world) => _world = world.Exports;

    private async Task<HttpResponseMessage> GetAsync(string? user, string query)
    {
        using var client = _world.Client(user);
        return await client.GetAsync("/api/disclosures?" + query, HttpCompletionOption.ResponseHeadersRead);
    }

    [Fact]
    public async Task Csv_streams_every_row_of_the_range_equal_to_the_source_rows_with_a_bom()
    {
        using var response = await GetAsync("analyst", "from=2025-01&to=2025-03");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var (header, rows) = ExportFileReaders.Csv(body);
        Assert.Equal(ExportWorld.Header, header);
        Assert.Equal(_world.ExpectedRows(), rows);
    }

    [Fact]
    public async Task Jsonl_streams_the_rows_of_a_district_a_heating_type_and_items()
    {
        using var response = await GetAsync("district", "format=jsonl&from=2025-02&to=2025-03&sigungu=11560,11650&heating=district,INDIVIDUAL&items=LABOR,HEATING_PRIVATE");
        var body = await response.Content.ReadAsByteArrayAsync();

        var expected = _world.ExpectedRows(c => c.HeatingType is HeatingType.District or HeatingType.Individual, ["LABOR", "HEATING_PRIVATE"],
            new(2025, 2), new(2025, 3));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType!.MediaType);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ExportFileReaders.JsonLines(body).Rows);
    }

    [Fact]
    public async Task One_district_streams_only_its_complexes()
    {
        using var response = await GetAsync("admin", "format=csv&from=2025-01&to=2025-01&sigungu=11650");

        var expected = _world.ExpectedRows(c => c.BjdCode.StartsWith("11650", StringComparison.Ordinal), null, new(2025, 1), new(2025, 1));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ExportFileReaders.Csv(await response.Content.ReadAsByteArrayAsync()).Rows);
    }

    [Theory]
    [InlineData("")]
    [InlineData("&sigungu=11650")]
    public async Task An_officer_whose_account_names_a_district_streams_that_districts_complexes_only(string sigungu)
    {
        using var response = await GetAsync("seocho", "format=csv&from=2025-01&to=2025-01" + sigungu);

        var expected = _world.ExpectedRows(c => c.BjdCode.StartsWith("11650", StringComparison.Ordinal), null, new(2025, 1), new(2025, 1));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ExportFileReaders.Csv(await response.Content.ReadAsByteArrayAsync()).Rows);
    }

    [Theory]
    [InlineData("11560", "11560 is outside it")]
    [InlineData("11560,11650", "11560 is outside it")]
    [InlineData("11110,11560", "11110, 11560 are outside it")]
    public async Task An_officer_naming_a_district_outside_their_own_is_refused_rather_than_given_nothing(string sigungu, string outside)
    {
        using var response = await GetAsync("seocho", "format=csv&from=2025-01&to=2025-01&sigungu=" + sigungu);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("OUTSIDE_DISTRICT", problem.GetProperty("code").GetString());
        Assert.Equal("sigungu", problem.GetProperty("parameter").GetString());
        Assert.Equal("11650", problem.GetProperty("allowed").GetString());
        Assert.Contains("Your account belongs to district 11650; " + outside, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("from=2025-01&to=2025-03&format=xlsx", "format", "csv, jsonl")]
    [InlineData("from=2025-13&to=2025-03", "from", "yyyy-MM")]
    [InlineData("from=2025-01", "to", "yyyy-MM")]
    [InlineData("from=2025-01&to=2025-03&sigungu=1156", "sigungu", "5-digit")]
    [InlineData("from=2025-01&to=2025-03&sigungu=11110", "sigungu", "regions")]
    [InlineData("from=2025-01&to=2025-03&heating=solar", "heating", "INDIVIDUAL, DISTRICT, CENTRAL")]
    [InlineData("from=2025-01&to=2025-03&items=LABOR,PARKING", "items", "SECURITY")]
    [InlineData("from=2025-01&to=2025-03&item=LABOR", "item", "format, from, to, sigungu, heating, items")]
    [InlineData("from=2025-01&to=2025-03&from=2025-02", "from", null)]
    [InlineData("from=2025-03&to=2025-01", "from", "120 months")]
    [InlineData("from=2010-01&to=2025-01", "to", "120 months")]
    public async Task An_invalid_parameter_is_refused_with_400_naming_it_and_what_is_allowed(string query, string parameter, string? allowed)
    {
        using var response = await GetAsync("analyst", query);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("INVALID_PARAMETER", problem.GetProperty("code").GetString());
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(parameter, problem.GetProperty("detail").GetString());
        if (allowed is not null)
            Assert.Contains(allowed, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_a_resident_403()
    {
        using var anonymous = await GetAsync(null, "from=2025-01&to=2025-03");
        using var resident = await GetAsync("tenant", "from=2025-01&to=2025-03");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, resident.StatusCode);
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await resident.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Swagger_documents_the_streaming_endpoint_its_parameters_and_the_download()
    {
        using var client = _world.Client(null);
        var paths = (await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json")).GetProperty("paths");

        var stream = paths.GetProperty("/api/disclosures").GetProperty("get");
        var parameters = stream.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        Assert.Equal(["format", "from", "heating", "items", "sigungu", "to"], parameters.Keys.Order(StringComparer.Ordinal));
        Assert.All(parameters.Values, p => Assert.Equal("query", p.GetProperty("in").GetString()));
        Assert.Contains("yyyy-MM", parameters["from"].GetProperty("description").GetString());
        Assert.Contains("INDIVIDUAL", parameters["heating"].GetProperty("description").GetString());
        var responses = stream.GetProperty("responses");
        Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty("text/csv", out _));
        Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty("application/jsonl", out _));
        Assert.True(responses.TryGetProperty("400", out _));
        var download = paths.GetProperty("/api/exports/{id}/file").GetProperty("get").GetProperty("responses");
        Assert.True(download.TryGetProperty("410", out _));
        Assert.True(download.TryGetProperty("404", out _));
    }
}
