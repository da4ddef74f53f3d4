using System.Text.Json;
using Api.Tests.GraphQL.Listings;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Api.Tests.GraphQL.Points;

/// <summary>One host for the class: residents, managers and staff of a complex; each test makes the people whose balances it reads.</summary>
public sealed class PointsHost : IAsyncLifetime
{
    private int _next;

    public HousingApiFactory Api { get; } = new();
    public HousingWorld World { get; private set; } = null!;
    public Complex Complex { get; private set; } = null!;
    public Person Resident { get; private set; } = null!;
    public Person Manager { get; private set; } = null!;
    public Person Admin { get; private set; } = null!;
    public Person Officer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        World = await HousingWorld.CreateAsync(Api);
        Complex = await World.AddComplexAsync();
        Resident = await World.AddResidentAsync(Complex.Id, "resident.hong");
        Manager = await World.AddManagerAsync(Complex.Id, "manager.lee");
        Admin = await World.AddStaffAsync(Roles.PlatformAdmin, "admin.choi");
        Officer = await World.AddStaffAsync(Roles.DistrictOfficer, "officer.jung");
        await World.GrantPointsAsync(Resident.ResidentId!.Value, 1_000);
    }

    public async Task<Person> ResidentWithPointsAsync(long points, Guid? complexId = null)
    {
        var resident = await World.AddResidentAsync(complexId ?? Complex.Id, $"resident.{Interlocked.Increment(ref _next)}");
        await World.GrantPointsAsync(resident.ResidentId!.Value, points);
        return resident;
    }

    /// <summary>A complex of its own with two managers, so common balances of one test do not meet another's.</summary>
    public async Task<(Complex Complex, Person First, Person Second)> ComplexWithManagersAsync()
    {
        var n = Interlocked.Increment(ref _next);
        var complex = await World.AddComplexAsync($"문래 {n}단지");
        return (complex, await World.AddManagerAsync(complex.Id, $"manager.first.{n}"), await World.AddManagerAsync(complex.Id, $"manager.second.{n}"));
    }

    public Task DisposeAsync()
    {
        Api.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class PointsApiTests(PointsHost host) : IClassFixture<PointsHost>
{
    private readonly HousingApiFactory _api = host.Api;
    private readonly HousingWorld _world = host.World;
    private readonly Complex _complex = host.Complex;
    private readonly Person _resident = host.Resident;
    private readonly Person _manager = host.Manager;
    private readonly Person _admin = host.Admin;
    private readonly Person _officer = host.Officer;

    private const string MyAccounts = "{ myPointAccounts { id kind balance } }";

    private const string Spend = """
        mutation($input: SpendPointsInput!) {
          spendPoints(input: $input) {
            receipt { amount balanceAfter replayed idempotencyKey }
            errors { __typename ... on Error { message } ... on RuleViolationError { code } }
          }
        }
        """;

    private async Task<string> PersonalAccountIdAsync(Person resident)
    {
        var accounts = (await _api.DataAsync(MyAccounts, token: resident.Token)).GetProperty("myPointAccounts");
        return accounts.EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "PERSONAL").GetProperty("id").GetString()!;
    }

    private async Task<long> LedgerBalanceAsync(string accountId) =>
        (await _api.DataAsync("query($id: ID!) { node(id: $id) { ... on PointAccount { balance } } }", new { id = accountId }, _admin.Token))
        .GetProperty("node").GetProperty("balance").GetInt64();

    [Theory]
    [InlineData(-5)]
    [InlineData(0)]
    [InlineData(3651)]
    public async Task Expiry_ahead_of_a_window_outside_1_to_3650_days_is_refused_with_its_code(int days)
    {
        var resident = await host.ResidentWithPointsAsync(1_000);

        var body = await _api.GraphQLAsync("query($days: Int!) { myPointAccounts { expiringPoints(withinDays: $days) { amount } } }", new { days }, resident.Token);

        Assert.Equal(["INVALID_RANGE"], body.ErrorCodes());
        Assert.Contains("between 1 and 3650", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_resident_sees_their_personal_account_with_its_entries_and_expiry_ahead()
    {
        var resident = await host.ResidentWithPointsAsync(1_000);
        var data = await _api.DataAsync("""
            { myPointAccounts { kind balance
                expiringPoints(withinDays: 800) { amount }
                entries(first: 5) { totalCount nodes { kind amount balanceAfter description } } } }
            """, token: resident.Token);

        var account = data.GetProperty("myPointAccounts").EnumerateArray().Single();
        Assert.Equal("PERSONAL", account.GetProperty("kind").GetString());
        Assert.Equal(1_000, account.GetProperty("balance").GetInt64());
        Assert.Equal(1_000, account.GetProperty("expiringPoints")[0].GetProperty("amount").GetInt64());
        var entry = account.GetProperty("entries").GetProperty("nodes")[0];
        Assert.Equal(("GRANT", 1_000L, 1_000L), (entry.GetProperty("kind").GetString(), entry.GetProperty("amount").GetInt64(), entry.GetProperty("balanceAfter").GetInt64()));
        Assert.Equal(1, account.GetProperty("entries").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Points_within_the_window_only_are_expiring()
    {
        var account = (await _api.DataAsync("{ myPointAccounts { expiringPoints(withinDays: 30) { amount } } }", token: _resident.Token))
            .GetProperty("myPointAccounts")[0];

        Assert.Empty(account.GetProperty("expiringPoints").EnumerateArray());
    }

    [Fact]
    public async Task Spending_moves_points_once_per_idempotency_key()
    {
        var resident = await host.ResidentWithPointsAsync(1_000);
        var accountId = await PersonalAccountIdAsync(resident);
        var input = new { input = new { accountId, amount = 300, purpose = "공유마켓 구매", idempotencyKey = "order-1" } };

        var first = (await _api.DataAsync(Spend, input, resident.Token)).GetProperty("spendPoints").GetProperty("receipt");
        var retry = (await _api.DataAsync(Spend, input, resident.Token)).GetProperty("spendPoints").GetProperty("receipt");

        Assert.Equal((700L, false), (first.GetProperty("balanceAfter").GetInt64(), first.GetProperty("replayed").GetBoolean()));
        Assert.Equal((700L, true), (retry.GetProperty("balanceAfter").GetInt64(), retry.GetProperty("replayed").GetBoolean()));
        Assert.Equal(("order-1", "order-1"), (first.GetProperty("idempotencyKey").GetString(), retry.GetProperty("idempotencyKey").GetString()));
        Assert.Equal(700, await LedgerBalanceAsync(accountId));
    }

    [Theory]
    [InlineData(0, "key-zero", "INVALID_AMOUNT")]
    [InlineData(5_000, "key-too-much", "INSUFFICIENT_POINTS")]
    [InlineData(10, "", "INVALID_IDEMPOTENCY_KEY")]
    public async Task Bad_spending_is_a_typed_error_and_moves_nothing(long amount, string key, string code)
    {
        var resident = await host.ResidentWithPointsAsync(1_000);
        var accountId = await PersonalAccountIdAsync(resident);

        var payload = (await _api.DataAsync(Spend, new { input = new { accountId, amount, purpose = "구매", idempotencyKey = key } }, resident.Token))
            .GetProperty("spendPoints");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("receipt").ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.Equal(("RuleViolationError", code), (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal(1_000, await LedgerBalanceAsync(accountId));
    }

    [Fact]
    public async Task A_key_reused_for_another_request_is_refused()
    {
        var resident = await host.ResidentWithPointsAsync(1_000);
        var accountId = await PersonalAccountIdAsync(resident);
        await _api.DataAsync(Spend, new { input = new { accountId, amount = 100, purpose = "구매", idempotencyKey = "k" } }, resident.Token);

        var payload = (await _api.DataAsync(Spend, new { input = new { accountId, amount = 200, purpose = "구매", idempotencyKey = "k" } }, resident.Token))
            .GetProperty("spendPoints");

        Assert.Equal("IDEMPOTENCY_KEY_REUSED", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(900, await LedgerBalanceAsync(accountId));
    }

    [Fact]
    public async Task Nobody_spends_from_someone_elses_account()
    {
        var resident = await host.ResidentWithPointsAsync(1_000);
        var accountId = await PersonalAccountIdAsync(resident);

        var payload = (await _api.DataAsync(Spend, new { input = new { accountId, amount = 100, purpose = "구매", idempotencyKey = "steal" } }, _resident.Token))
            .GetProperty("spendPoints");

        Assert.Equal("NotFoundError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal($"PointAccount '{accountId}' was not found.", payload.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(1_000, await LedgerBalanceAsync(accountId));
    }

    [Fact]
    public async Task Someone_elses_account_is_a_null_node_like_one_that_does_not_exist()
    {
        var resident = await host.ResidentWithPointsAsync(1_000);
        var accountId = await PersonalAccountIdAsync(resident);
        var missing = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"PointAccount:{Guid.NewGuid()}"));
        const string query = "query($id: ID!) { node(id: $id) { ... on PointAccount { balance } } }";

        var others = await _api.GraphQLAsync(query, new { id = accountId }, _resident.Token);
        var nobodys = await _api.GraphQLAsync(query, new { id = missing }, _resident.Token);
        var own = await _api.DataAsync(query, new { id = accountId }, resident.Token);

        Assert.Equal(JsonValueKind.Null, others.GetProperty("data").GetProperty("node").ValueKind);
        Assert.False(others.TryGetProperty("errors", out _));
        Assert.Equal(others.GetRawText(), nobodys.GetRawText());
        Assert.Equal(1_000, own.GetProperty("node").GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task Rent_is_paid_to_the_complexs_operator_once_per_key()
    {
        var resident = await host.ResidentWithPointsAsync(1_000);
        const string pay = """
            mutation($input: PayRentWithPointsInput!) {
              payRentWithPoints(input: $input) { receipt { amount balanceAfter replayed idempotencyKey } errors { __typename } }
            }
            """;
        var input = new { input = new { amount = 400, month = "2026-06", idempotencyKey = "rent-2026-06" } };

        var first = (await _api.DataAsync(pay, input, resident.Token)).GetProperty("payRentWithPoints").GetProperty("receipt");
        var retry = (await _api.DataAsync(pay, input, resident.Token)).GetProperty("payRentWithPoints").GetProperty("receipt");

        Assert.Equal(600, first.GetProperty("balanceAfter").GetInt64());
        Assert.True(retry.GetProperty("replayed").GetBoolean());
        Assert.Equal(("rent-2026-06", "rent-2026-06"), (first.GetProperty("idempotencyKey").GetString(), retry.GetProperty("idempotencyKey").GetString()));
        var summary = (await _api.DataAsync("{ pointLedgerSummary { entriesTotal balancesTotal accounts { kind balance } } }", token: _admin.Token))
            .GetProperty("pointLedgerSummary");
        Assert.Equal((0L, 0L), (summary.GetProperty("entriesTotal").GetInt64(), summary.GetProperty("balancesTotal").GetInt64()));
        Assert.Contains(summary.GetProperty("accounts").EnumerateArray(),
            k => k.GetProperty("kind").GetString() == "RENT_PAYMENTS" && k.GetProperty("balance").GetInt64() >= 400);
    }

    [Theory]
    [InlineData("2024-02")]
    [InlineData("2099-12")]
    public async Task Rent_for_a_month_before_the_move_in_or_after_next_month_is_refused_and_takes_nothing(string month)
    {
        // The world's households moved in on 2024-03-01.
        var resident = await host.ResidentWithPointsAsync(1_000);
        var accountId = await PersonalAccountIdAsync(resident);
        const string pay = """
            mutation($input: PayRentWithPointsInput!) {
              payRentWithPoints(input: $input) { receipt { amount } errors { __typename ... on RuleViolationError { code message } } }
            }
            """;

        var payload = (await _api.DataAsync(pay, new { input = new { amount = 400, month, idempotencyKey = $"rent-{month}" } }, resident.Token))
            .GetProperty("payRentWithPoints");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("receipt").ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.Equal("RENT_MONTH_NOT_PAYABLE", error.GetProperty("code").GetString());
        Assert.Contains("from 2024-03", error.GetProperty("message").GetString());
        Assert.Equal(1_000, await LedgerBalanceAsync(accountId));
    }

    private const string RequestSpending = """
        mutation($input: RequestCommonPointSpendingInput!) {
          requestCommonPointSpending(input: $input) { spending { id status amount } errors { __typename ... on Error { message } } }
        }
        """;

    private const string Approve = """
        mutation($input: ApproveCommonPointSpendingInput!) {
          approveCommonPointSpending(input: $input) { spending { status decidedAt } errors { __typename ... on RuleViolationError { code } } }
        }
        """;

    [Fact]
    public async Task Common_points_are_spent_when_another_manager_approves()
    {
        var (complex, manager, secondManager) = await host.ComplexWithManagersAsync();
        await _world.GrantCommonPointsAsync(complex.Id, 50_000);
        var complexId = HousingWorld.IdOf("Complex", complex.Id);
        var requested = (await _api.DataAsync(RequestSpending, new { input = new { complexId, purpose = "놀이터 보수", amount = 30_000 } }, manager.Token))
            .GetProperty("requestCommonPointSpending").GetProperty("spending");
        var spendingId = requested.GetProperty("id").GetString();

        var selfApproval = (await _api.DataAsync(Approve, new { input = new { spendingId } }, manager.Token)).GetProperty("approveCommonPointSpending");
        var approval = (await _api.DataAsync(Approve, new { input = new { spendingId } }, secondManager.Token)).GetProperty("approveCommonPointSpending");

        Assert.Equal("SELF_APPROVAL", selfApproval.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("APPROVED", approval.GetProperty("spending").GetProperty("status").GetString());
        var accounts = (await _api.DataAsync(MyAccounts, token: manager.Token)).GetProperty("myPointAccounts");
        Assert.Equal(20_000, accounts.EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "COMMON").GetProperty("balance").GetInt64());
        var queue = (await _api.DataAsync("query($c: ID!) { commonPointSpendings(complexId: $c, where: { status: { eq: APPROVED } }) { nodes { purpose } } }",
            new { c = complexId }, secondManager.Token)).GetProperty("commonPointSpendings").GetProperty("nodes");
        Assert.Equal("놀이터 보수", queue[0].GetProperty("purpose").GetString());
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_moves_nothing()
    {
        var (complex, manager, secondManager) = await host.ComplexWithManagersAsync();
        await _world.GrantCommonPointsAsync(complex.Id, 10_000);
        var spendingId = (await _api.DataAsync(RequestSpending,
                new { input = new { complexId = HousingWorld.IdOf("Complex", complex.Id), purpose = "경로당 행사", amount = 5_000 } }, manager.Token))
            .GetProperty("requestCommonPointSpending").GetProperty("spending").GetProperty("id").GetString();
        const string reject = """
            mutation($input: RejectCommonPointSpendingInput!) {
              rejectCommonPointSpending(input: $input) { spending { status rejectionReason } errors { ... on RuleViolationError { code } } }
            }
            """;

        var blank = (await _api.DataAsync(reject, new { input = new { spendingId, reason = " " } }, secondManager.Token)).GetProperty("rejectCommonPointSpending");
        var rejected = (await _api.DataAsync(reject, new { input = new { spendingId, reason = "예산 초과" } }, secondManager.Token)).GetProperty("rejectCommonPointSpending");

        Assert.Equal("REASON_REQUIRED", blank.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("REJECTED", rejected.GetProperty("spending").GetProperty("status").GetString());
        var common = (await _api.DataAsync(MyAccounts, token: manager.Token)).GetProperty("myPointAccounts")[0];
        Assert.Equal(10_000, common.GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task A_manager_of_another_complex_sees_no_spending_queue()
    {
        var other = await _world.AddComplexAsync("당산 래미안");
        var stranger = await _world.AddManagerAsync(other.Id, "manager.stranger");

        var body = await _api.GraphQLAsync("query($c: ID!) { commonPointSpendings(complexId: $c) { totalCount } }",
            new { c = HousingWorld.IdOf("Complex", _complex.Id) }, stranger.Token);

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], body.ErrorCodes());
    }

    [Fact]
    public async Task Only_a_manager_of_the_complex_requests_its_common_points()
    {
        var other = await _world.AddComplexAsync("당산 현대");
        var stranger = await _world.AddManagerAsync(other.Id, "manager.elsewhere");
        var input = new { input = new { complexId = HousingWorld.IdOf("Complex", _complex.Id), purpose = "경로당 행사", amount = 1_000 } };

        var payload = (await _api.DataAsync(RequestSpending, input, stranger.Token)).GetProperty("requestCommonPointSpending");
        var resident = await _api.GraphQLAsync(RequestSpending, input, _resident.Token);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("spending").ValueKind);
        Assert.Equal("NotAllowedError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("Common points are requested by a manager of the complex.", payload.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], resident.ErrorCodes());
    }

    public static TheoryData<string, string, bool> RootFieldRoles => new()
    {
        { "myPointAccounts", "resident", true },
        { "myPointAccounts", "manager", true },
        { "myPointAccounts", "officer", false },
        { "myPointAccounts", "admin", false },
        { "pointLedgerSummary", "admin", true },
        { "pointLedgerSummary", "manager", false },
        { "pointLedgerSummary", "resident", false },
        { "commonPointSpendings", "manager", true },
        { "commonPointSpendings", "admin", true },
        { "commonPointSpendings", "resident", false },
        { "commonPointSpendings", "officer", false },
        { "spendPoints", "resident", true },
        { "spendPoints", "manager", false },
        { "spendPoints", "admin", false },
        { "payRentWithPoints", "resident", true },
        { "payRentWithPoints", "officer", false },
        { "grantPoints", "admin", true },
        { "grantPoints", "manager", false },
        { "grantPoints", "resident", false },
        { "requestCommonPointSpending", "manager", true },
        { "requestCommonPointSpending", "officer", false },
        { "requestCommonPointSpending", "resident", false },
        { "approveCommonPointSpending", "manager", true },
        { "approveCommonPointSpending", "resident", false },
        { "approveCommonPointSpending", "admin", false },
        { "rejectCommonPointSpending", "manager", true },
        { "rejectCommonPointSpending", "resident", false },
    };

    [Theory]
    [MemberData(nameof(RootFieldRoles))]
    public async Task Each_root_field_is_open_to_its_roles_only(string field, string who, bool allowed)
    {
        var person = who switch
        {
            "resident" => _resident,
            "manager" => _manager,
            "admin" => _admin,
            _ => _officer,
        };
        var complexId = HousingWorld.IdOf("Complex", _complex.Id);
        var spendingId = HousingWorld.IdOf("CommonPointSpending", Guid.CreateVersion7());
        var (query, variables) = field switch
        {
            "myPointAccounts" => (MyAccounts, (object?)null),
            "pointLedgerSummary" => ("{ pointLedgerSummary { transactions } }", null),
            "commonPointSpendings" => ("query($c: ID!) { commonPointSpendings(complexId: $c) { totalCount } }", new { c = complexId }),
            "spendPoints" => ("mutation($a: ID!) { spendPoints(input: { accountId: $a, amount: 1, purpose: \"x\", idempotencyKey: \"x\" }) { errors { __typename } } }",
                new { a = HousingWorld.IdOf("PointAccount", Guid.CreateVersion7()) }),
            "payRentWithPoints" => ("mutation { payRentWithPoints(input: { amount: 1, month: \"2026-06\", idempotencyKey: \"x\" }) { errors { __typename } } }", null),
            "grantPoints" => ("mutation($r: ID!) { grantPoints(input: { residentId: $r, amount: 1, reason: \"x\", idempotencyKey: \"x\" }) { errors { __typename } } }",
                new { r = _resident.ResidentGlobalId }),
            "requestCommonPointSpending" => ("mutation($c: ID!) { requestCommonPointSpending(input: { complexId: $c, purpose: \"x\", amount: 1 }) { errors { __typename } } }",
                new { c = complexId }),
            "approveCommonPointSpending" => ("mutation($s: ID!) { approveCommonPointSpending(input: { spendingId: $s }) { errors { __typename } } }", new { s = spendingId }),
            _ => ("mutation($s: ID!) { rejectCommonPointSpending(input: { spendingId: $s, reason: \"x\" }) { errors { __typename } } }", new { s = spendingId }),
        };

        var body = await _api.GraphQLAsync(query, variables, person.Token);

        Assert.Equal(allowed, !body.ErrorCodes().Contains("AUTH_NOT_AUTHORIZED"));
        if (allowed)
            Assert.Empty(body.ErrorCodes());
    }

    [Fact]
    public async Task An_anonymous_caller_has_no_accounts()
    {
        var body = await _api.GraphQLAsync(MyAccounts);

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], body.ErrorCodes());
    }
}
