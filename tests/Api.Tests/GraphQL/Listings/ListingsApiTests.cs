using System.Text.Json;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Listings;

namespace Api.Tests.GraphQL.Listings;

/// <summary>A host with two complexes with residents and managers, a rental operator and staff.</summary>
public sealed class ListingsHost : ClassHost
{
    private int _next;

    public HousingWorld World { get; private set; } = null!;
    public Complex Complex { get; private set; } = null!;
    public Complex OtherComplex { get; private set; } = null!;
    public Person Seller { get; private set; } = null!;
    public Person Stranger { get; private set; } = null!;
    public Person Manager { get; private set; } = null!;
    public Person OtherManager { get; private set; } = null!;
    public Person Officer { get; private set; } = null!;
    public Person Admin { get; private set; } = null!;
    public Person Caseworker { get; private set; } = null!;
    public Person Analyst { get; private set; } = null!;
    public Person Operator { get; private set; } = null!;

    protected override async Task PopulateAsync()
    {
        World = await HousingWorld.CreateAsync(Api);
        Complex = await World.AddComplexAsync("신길 행복주택");
        OtherComplex = await World.AddComplexAsync("대림 래미안", HousingOperator.None);
        Seller = await World.AddResidentAsync(Complex.Id, "seller.hong");
        Stranger = await World.AddResidentAsync(OtherComplex.Id, "stranger.kang");
        Manager = await World.AddManagerAsync(Complex.Id, "manager.lee");
        OtherManager = await World.AddManagerAsync(OtherComplex.Id, "manager.oh");
        Officer = await World.AddStaffAsync(Roles.DistrictOfficer, "officer.jung");
        Admin = await World.AddStaffAsync(Roles.PlatformAdmin, "admin.choi");
        Caseworker = await World.AddStaffAsync(Roles.WelfareCaseworker, "caseworker.yoon");
        Analyst = await World.AddStaffAsync(Roles.Analyst, "analyst.han");
        var vendor = await World.UseAsync<ListingService, Vendor>(s => s.RegisterVendorAsync(Actor.System, "LH 서울지역본부", "123-45-67890", VendorKind.HousingOperator, "02-3410-7114"));
        Operator = await World.AddStaffAsync(Roles.Vendor, "vendor.lh", u => u.VendorId = vendor.Id);
    }

    public Task<Person> ResidentAsync(Guid? complexId = null) =>
        World.AddResidentAsync(complexId ?? Complex.Id, $"resident.{Interlocked.Increment(ref _next)}");
}

public sealed class ListingsApiTests(ClassHosts<ListingsHost> hosts) : ClassHostTests<ListingsHost>(hosts)
{
    private const string Create = """
        mutation($input: CreateListingInput!) {
          createListing(input: $input) {
            listing { id title kind status price scope seller { kind name } complex { name } }
            errors { __typename ... on Error { message } ... on RuleViolationError { code } }
          }
        }
        """;

    private static object Sale(string title, long price, bool acceptsPoints = true, string kind = "GOODS_SALE") =>
        new { input = new { kind, scope = "COMPLEX", title, description = "거의 새것", price, acceptsPoints } };

    private async Task<string> CreateAsync(Person seller, object input)
    {
        var payload = (await Api.DataAsync(Create, input, seller.Token)).GetProperty("createListing");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("listing").GetProperty("id").GetString()!;
    }

    private async Task<List<string>> TitlesAsync(Person who, string arguments = "")
    {
        var data = await Api.DataAsync($"{{ listings(first: 50{arguments}) {{ nodes {{ title }} }} }}", token: who.Token);
        return [.. data.GetProperty("listings").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()!)];
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_residents_listing_is_seen_in_their_complex_and_not_in_another(string provider)
    {
        await UseAsync(provider);
        var seller = await Host.ResidentAsync();
        var neighbour = await Host.ResidentAsync();
        var created = (await Api.DataAsync(Create, Sale("유모차 팝니다", 50_000), seller.Token)).GetProperty("createListing").GetProperty("listing");

        Assert.Equal(("OPEN", "RESIDENT", "신길 행복주택"), (created.GetProperty("status").GetString(),
            created.GetProperty("seller").GetProperty("kind").GetString(), created.GetProperty("complex").GetProperty("name").GetString()));
        Assert.Contains("유모차 팝니다", await TitlesAsync(neighbour));
        Assert.DoesNotContain("유모차 팝니다", await TitlesAsync(Host.Stranger));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Listings_are_filtered_and_sorted_in_the_database(string provider)
    {
        await UseAsync(provider);
        var seller = await Host.ResidentAsync();
        await CreateAsync(seller, Sale("[필터] 책상", 30_000));
        await CreateAsync(seller, Sale("[필터] 의자", 10_000, acceptsPoints: false));
        await CreateAsync(seller, new { input = new { kind = "GOODS_GIVEAWAY", scope = "COMPLEX", title = "[필터] 화분 나눔", description = "", price = 0, acceptsPoints = false } });

        var sorted = await TitlesAsync(seller, ", where: { title: { contains: \"[필터]\" }, kind: { eq: GOODS_SALE } }, order: [{ price: ASC }]");
        var withPoints = await TitlesAsync(seller, ", where: { title: { contains: \"[필터]\" }, acceptsPoints: { eq: true } }");

        Assert.Equal(["[필터] 의자", "[필터] 책상"], sorted);
        Assert.Equal(["[필터] 책상"], withPoints);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_listing_that_breaks_a_rule_is_a_typed_error_and_nothing_is_stored(string provider)
    {
        await UseAsync(provider);
        var seller = await Host.ResidentAsync();

        var payload = (await Api.DataAsync(Create, Sale("[무료] 나눔인데 가격", 5_000, kind: "GOODS_GIVEAWAY"), seller.Token)).GetProperty("createListing");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("listing").ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.Equal(("RuleViolationError", "INVALID_LISTING"), (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString()));
        Assert.Contains("free", error.GetProperty("message").GetString());
        Assert.Empty((await Api.DataAsync("{ listings(where: { title: { contains: \"[무료]\" } }) { nodes { id } } }", token: Host.Admin.Token))
            .GetProperty("listings").GetProperty("nodes").EnumerateArray());
    }

    private const string Order = """
        mutation($input: PlaceOrderInput!) {
          placeOrder(input: $input) { order { id status amount paidWithPoints } errors { __typename ... on RuleViolationError { code } } }
        }
        """;

    private async Task<JsonElement> OrderStepAsync(string mutation, string orderId, Person who, string? reason = null)
    {
        var input = reason is null ? (object)new { orderId } : new { orderId, reason };
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        return (await Api.DataAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ order {{ status }} errors {{ __typename ... on Error {{ message }} }} }} }}",
            new { input }, who.Token)).GetProperty(mutation);
    }

    private async Task<long> BalanceAsync(Person resident) =>
        (await Api.DataAsync("{ myPointAccounts { kind balance } }", token: resident.Token)).GetProperty("myPointAccounts").EnumerateArray()
        .Single(a => a.GetProperty("kind").GetString() == "PERSONAL").GetProperty("balance").GetInt64();

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task An_order_paid_with_points_is_confirmed_completed_and_earns_points(string provider)
    {
        await UseAsync(provider);
        var seller = await Host.ResidentAsync();
        var buyer = await Host.ResidentAsync();
        await Host.World.GrantPointsAsync(buyer.ResidentId!.Value, 100_000);
        var listingId = await CreateAsync(seller, Sale("전기밥솥", 40_000));

        var placed = (await Api.DataAsync(Order, new { input = new { listingId, quantity = 2, payWithPoints = true } }, buyer.Token))
            .GetProperty("placeOrder").GetProperty("order");
        var orderId = placed.GetProperty("id").GetString()!;
        var confirmed = await OrderStepAsync("confirmOrder", orderId, seller);
        var completed = await OrderStepAsync("completeOrder", orderId, buyer);

        Assert.Equal((80_000L, true), (placed.GetProperty("amount").GetInt64(), placed.GetProperty("paidWithPoints").GetBoolean()));
        Assert.Equal("CONFIRMED", confirmed.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal("COMPLETED", completed.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal(100_000 - 80_000 + 800, await BalanceAsync(buyer));
        var sold = (await Api.DataAsync("{ ordersForMyListings { nodes { buyerName listing { title } } } }", token: seller.Token))
            .GetProperty("ordersForMyListings").GetProperty("nodes")[0];
        Assert.Equal(("전기밥솥", buyer.UserName), (sold.GetProperty("listing").GetProperty("title").GetString(), sold.GetProperty("buyerName").GetString()));
        const string ordersOfListing = "query($id: ID!) { node(id: $id) { ... on Listing { orders { totalCount } } } }";
        var neighbour = await Host.ResidentAsync();
        Assert.Equal(1, (await Api.DataAsync(ordersOfListing, new { id = listingId }, buyer.Token)).GetProperty("node").GetProperty("orders").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, (await Api.DataAsync(ordersOfListing, new { id = listingId }, neighbour.Token)).GetProperty("node").GetProperty("orders").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_cancelled_order_refunds_its_points_and_the_seller_must_say_why(string provider)
    {
        await UseAsync(provider);
        var seller = await Host.ResidentAsync();
        var buyer = await Host.ResidentAsync();
        await Host.World.GrantPointsAsync(buyer.ResidentId!.Value, 10_000);
        var listingId = await CreateAsync(seller, Sale("자전거", 7_000));
        var orderId = (await Api.DataAsync(Order, new { input = new { listingId, payWithPoints = true } }, buyer.Token))
            .GetProperty("placeOrder").GetProperty("order").GetProperty("id").GetString()!;

        var withoutReason = await OrderStepAsync("cancelOrder", orderId, seller);
        var cancelled = await OrderStepAsync("cancelOrder", orderId, seller, "재고 없음");

        Assert.Equal("RuleViolationError", withoutReason.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("CANCELLED", cancelled.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal(10_000, await BalanceAsync(buyer));
        var mine = (await Api.DataAsync("{ myOrders(where: { status: { eq: CANCELLED } }) { totalCount } }", token: buyer.Token));
        Assert.Equal(1, mine.GetProperty("myOrders").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task An_order_beyond_the_points_balance_is_refused_and_nothing_is_stored(string provider)
    {
        await UseAsync(provider);
        var seller = await Host.ResidentAsync();
        var buyer = await Host.ResidentAsync();
        var listingId = await CreateAsync(seller, Sale("냉장고", 300_000));

        var payload = (await Api.DataAsync(Order, new { input = new { listingId, payWithPoints = true } }, buyer.Token)).GetProperty("placeOrder");

        Assert.Equal("INSUFFICIENT_POINTS", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(0, (await Api.DataAsync("{ myOrders { totalCount } }", token: buyer.Token)).GetProperty("myOrders").GetProperty("totalCount").GetInt32());
    }

    private const string Moderate = """
        mutation($hide: HideListingInput!) { hideListing(input: $hide) { listing { status hiddenReason } errors { __typename } } }
        """;

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_reported_listing_is_hidden_by_its_complexs_manager_and_restored(string provider)
    {
        await UseAsync(provider);
        var seller = await Host.ResidentAsync();
        var reporter = await Host.ResidentAsync();
        var listingId = await CreateAsync(seller, Sale("[신고] 의심 물품", 1_000));

        var reported = (await Api.DataAsync("mutation($i: ReportListingInput!) { reportListing(input: $i) { listing { id } errors { __typename } } }",
            new { i = new { listingId, reason = "사기 의심" } }, reporter.Token)).GetProperty("reportListing");
        var byStranger = (await Api.DataAsync(Moderate, new { hide = new { listingId, reason = "x" } }, Host.OtherManager.Token)).GetProperty("hideListing");
        var hidden = (await Api.DataAsync(Moderate, new { hide = new { listingId, reason = "신고 누적" } }, Host.Manager.Token)).GetProperty("hideListing");
        var count = (await Api.DataAsync("query($id: ID!) { node(id: $id) { ... on Listing { reportCount } } }", new { id = listingId }, Host.Manager.Token));

        Assert.Equal(JsonValueKind.Null, reported.GetProperty("errors").ValueKind);
        Assert.Equal("NotAllowedError", byStranger.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(("HIDDEN", "신고 누적"), (hidden.GetProperty("listing").GetProperty("status").GetString(), hidden.GetProperty("listing").GetProperty("hiddenReason").GetString()));
        Assert.Equal(1, count.GetProperty("node").GetProperty("reportCount").GetInt32());
        Assert.DoesNotContain("[신고] 의심 물품", await TitlesAsync(reporter));

        var restored = (await Api.DataAsync("mutation($i: RestoreListingInput!) { restoreListing(input: $i) { listing { status } } }",
            new { i = new { listingId } }, Host.Manager.Token)).GetProperty("restoreListing");
        Assert.Equal("OPEN", restored.GetProperty("listing").GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_report_answers_the_reported_listing(string provider)
    {
        await UseAsync(provider);
        var seller = await Host.ResidentAsync();
        var reporter = await Host.ResidentAsync();
        var listingId = await CreateAsync(seller, Sale("[신고] 답하는 물품", 2_000));

        // The reporter also asks for the report count, which is for moderators: that field alone is null with its error.
        var body = await Api.GraphQLAsync("mutation($i: ReportListingInput!) { reportListing(input: $i) { listing { id status title reportCount } errors { __typename } } }",
            new { i = new { listingId, reason = "중복 게시" } }, reporter.Token);
        var reported = body.GetProperty("data").GetProperty("reportListing");

        Assert.Equal(JsonValueKind.Null, reported.GetProperty("errors").ValueKind);
        var listing = reported.GetProperty("listing");
        Assert.Equal((listingId, "OPEN", "[신고] 답하는 물품"),
            (listing.GetProperty("id").GetString(), listing.GetProperty("status").GetString(), listing.GetProperty("title").GetString()));
        Assert.Equal(JsonValueKind.Null, listing.GetProperty("reportCount").ValueKind);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], body.ErrorCodes());
        Assert.Equal("reportCount", body.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Last().GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task District_officers_moderate_region_listings_of_their_district_and_nationwide_listings(string provider)
    {
        await UseAsync(provider);
        const string moderate = """
            mutation($hide: HideListingInput!) { hideListing(input: $hide) { listing { status } errors { __typename ... on Error { message } } } }
            """;
        var seller = await Host.ResidentAsync();
        var regional = await CreateAsync(seller, new { input = new { kind = "GOODS_SALE", scope = "REGION", title = "[모더] 지역 장터", description = "동네 나눔", price = 1_000, acceptsPoints = false } });
        var nationwide = await CreateAsync(Host.Operator, new { input = new { kind = "LOCAL_PRODUCT", scope = "EVERYWHERE", title = "[모더] 전국 쌀", description = "햅쌀", price = 30_000, acceptsPoints = false } });
        var elsewhere = await Host.World.AddStaffAsync(Roles.DistrictOfficer, "officer.elsewhere." + Guid.NewGuid().ToString("N")[..6], u => u.DistrictCode = "11650");
        async Task<JsonElement> HideAsync(string listingId, Person who) =>
            (await Api.DataAsync(moderate, new { hide = new { listingId, reason = "중복 게시" } }, who.Token)).GetProperty("hideListing");

        var byOtherDistrict = await HideAsync(regional, elsewhere);
        var byManager = await HideAsync(nationwide, Host.Manager);
        var regionByOfficer = await HideAsync(regional, Host.Officer);
        var nationwideByOtherDistrict = await HideAsync(nationwide, elsewhere);

        Assert.Equal("NotAllowedError", byOtherDistrict.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("This listing is for 서울특별시 영등포구: a district officer of 서울특별시 영등포구 (11560) or a platform admin moderates it (a complex's "
                     + "listings are moderated by its managers, a region's by that district's officers, nationwide ones by district officers, all of them "
                     + "by platform admins).", byOtherDistrict.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.StartsWith("This listing is nationwide: a district officer or a platform admin moderates it (",
            byManager.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("HIDDEN", regionByOfficer.GetProperty("listing").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, nationwideByOtherDistrict.GetProperty("errors").ValueKind);
        Assert.Equal("HIDDEN", nationwideByOtherDistrict.GetProperty("listing").GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task A_group_buy_counts_its_participants_once_each(string provider)
    {
        await UseAsync(provider);
        var organiser = await Host.ResidentAsync();
        var first = await Host.ResidentAsync();
        var second = await Host.ResidentAsync();
        var listingId = await CreateAsync(organiser, new
        {
            input = new
            {
                kind = "GROUP_BUY", scope = "COMPLEX", title = "제주 감귤 공동구매", description = "10kg", price = 25_000, acceptsPoints = false,
                minimumParticipants = 3, deadline = DateTimeOffset.UtcNow.AddDays(7),
            },
        });

        await Api.DataAsync(Order, new { input = new { listingId } }, first.Token);
        await Api.DataAsync(Order, new { input = new { listingId } }, second.Token);
        var again = (await Api.DataAsync(Order, new { input = new { listingId } }, second.Token)).GetProperty("placeOrder");

        Assert.Equal("ALREADY_JOINED", again.GetProperty("errors")[0].GetProperty("code").GetString());
        var listing = (await Api.DataAsync("query($id: ID!) { node(id: $id) { ... on Listing { participants minimumParticipants groupBuyOutcome } } }",
            new { id = listingId }, first.Token)).GetProperty("node");
        Assert.Equal((2, 3, "PENDING"), (listing.GetProperty("participants").GetInt32(), listing.GetProperty("minimumParticipants").GetInt32(),
            listing.GetProperty("groupBuyOutcome").GetString()));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Rental_housing_listings_reach_welfare_caseworkers_but_goods_do_not(string provider)
    {
        await UseAsync(provider);
        var seller = await Host.ResidentAsync();
        await CreateAsync(seller, Sale("[복지] 소파", 20_000));
        await CreateAsync(Host.Operator, new
        {
            input = new
            {
                kind = "RENTAL_HOUSING", scope = "EVERYWHERE", title = "[복지] 신길 행복주택 예비입주자 모집", description = "청년·신혼부부", price = 0, acceptsPoints = false,
                rental = new
                {
                    deposit = 30_000_000, monthlyRent = 180_000, exclusiveArea = 36.0, address = "서울 영등포구 신길로 1", supplyType = "HAPPY_HOUSING",
                    eligibility = "무주택 청년", applicationStart = "2026-01-01", applicationEnd = "2030-12-31",
                },
            },
        });

        var seen = (await Api.DataAsync("{ listings(where: { title: { contains: \"[복지]\" } }) { nodes { title kind rental { monthlyRent supplyType } } } }",
            token: Host.Caseworker.Token)).GetProperty("listings").GetProperty("nodes");

        var rental = Assert.Single(seen.EnumerateArray());
        Assert.Equal(("RENTAL_HOUSING", 180_000L), (rental.GetProperty("kind").GetString(), rental.GetProperty("rental").GetProperty("monthlyRent").GetInt64()));
        Assert.Equal(["[복지] 신길 행복주택 예비입주자 모집"], await TitlesAsync(Host.Caseworker, ", where: { rental: { monthlyRent: { lte: 200000 } } }"));
    }

    public static TheoryData<string, string, bool> RootFieldRoles => new()
    {
        { "listings", "resident", true }, { "listings", "manager", true }, { "listings", "officer", true }, { "listings", "caseworker", true },
        { "listings", "vendor", true }, { "listings", "analyst", false },
        { "myOrders", "resident", true }, { "myOrders", "vendor", false }, { "myOrders", "manager", false },
        { "ordersForMyListings", "resident", true }, { "ordersForMyListings", "vendor", true }, { "ordersForMyListings", "officer", false },
        { "createListing", "resident", true }, { "createListing", "vendor", true }, { "createListing", "manager", false }, { "createListing", "caseworker", false },
        { "updateListing", "resident", true }, { "updateListing", "officer", false },
        { "closeListing", "resident", true }, { "closeListing", "manager", false },
        { "reportListing", "resident", true }, { "reportListing", "vendor", false }, { "reportListing", "manager", false },
        { "hideListing", "manager", true }, { "hideListing", "officer", true }, { "hideListing", "admin", true }, { "hideListing", "resident", false },
        { "restoreListing", "manager", true }, { "restoreListing", "resident", false }, { "restoreListing", "vendor", false },
        { "placeOrder", "resident", true }, { "placeOrder", "vendor", false }, { "placeOrder", "manager", false },
        { "confirmOrder", "resident", true }, { "confirmOrder", "vendor", true }, { "confirmOrder", "officer", false },
        { "completeOrder", "resident", true }, { "completeOrder", "manager", false },
        { "cancelOrder", "resident", true }, { "cancelOrder", "analyst", false },
    };

    [Theory]
    [MemberData(nameof(RootFieldRoles))]
    public async Task Each_root_field_is_open_to_its_roles_only(string field, string who, bool allowed)
    {
        await UseAsync();
        var person = who switch
        {
            "resident" => Host.Seller,
            "manager" => Host.Manager,
            "officer" => Host.Officer,
            "admin" => Host.Admin,
            "caseworker" => Host.Caseworker,
            "vendor" => Host.Operator,
            _ => Host.Analyst,
        };
        var listing = HousingWorld.IdOf("Listing", Guid.CreateVersion7());
        var order = HousingWorld.IdOf("Order", Guid.CreateVersion7());
        var (query, variables) = field switch
        {
            "listings" or "myOrders" or "ordersForMyListings" => ($"{{ {field} {{ totalCount }} }}", (object?)null),
            "createListing" => ("mutation { createListing(input: { kind: GOODS_SALE, scope: EVERYWHERE, title: \"\", description: \"\", price: 1, acceptsPoints: false }) { errors { __typename } } }", null),
            "updateListing" => ("mutation($l: ID!) { updateListing(input: { listingId: $l, title: \"x\", description: \"\", price: 1, acceptsPoints: false }) { errors { __typename } } }", new { l = listing }),
            "closeListing" or "restoreListing" => ($"mutation($l: ID!) {{ {field}(input: {{ listingId: $l }}) {{ errors {{ __typename }} }} }}", new { l = listing }),
            "reportListing" or "hideListing" => ($"mutation($l: ID!) {{ {field}(input: {{ listingId: $l, reason: \"x\" }}) {{ errors {{ __typename }} }} }}", new { l = listing }),
            "placeOrder" => ("mutation($l: ID!) { placeOrder(input: { listingId: $l }) { errors { __typename } } }", new { l = listing }),
            _ => ($"mutation($o: ID!) {{ {field}(input: {{ orderId: $o }}) {{ errors {{ __typename }} }} }}", new { o = order }),
        };

        var body = await Api.GraphQLAsync(query, variables, person.Token);

        Assert.Equal(allowed, !body.ErrorCodes().Contains("AUTH_NOT_AUTHORIZED"));
        if (allowed)
            Assert.Empty(body.ErrorCodes());
    }
}
