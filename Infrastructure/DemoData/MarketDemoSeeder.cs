using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Listings;
using Housing.Domain.Points;
using Housing.Infrastructure.DemoData.Sources;
using Housing.Infrastructure.Persistence;
using Housing.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Housing.Infrastructure.DemoData;

/// <summary>
/// The 공유마켓 and 알뜰쇼핑마켓 of the two demo complexes and four more LH complexes, with the points they move,
/// all through <see cref="ListingService"/> and <see cref="PointsService"/>: vendors; listings of every kind
/// (giveaways, goods, talents, group buys that succeeded, failed and are still open, local and social-economy
/// products, rental notices), a reported and a hidden one; orders in every state; welcome points two years ago
/// (some already expired, some expiring within weeks), rewards from completed orders, purchases with points,
/// rent paid with points, and common-point spending (one approved, one pending per demo complex).
/// </summary>
public sealed class MarketDemoSeeder : IDemoDataSeeder
{
    public const int SeedOrder = 500;
    private const int Seed = 5050;
    private const int ActiveResidentsPerComplex = 14;

    public int Order => SeedOrder;

    public async Task SeedAsync(HousingDbContext db, CancellationToken ct)
    {
        var clock = new DemoClock();
        var store = new EfHousingStore(db);
        var policy = new PointsPolicy();
        var market = new MarketWorld(new ListingService(store, clock, policy), new PointsService(store, clock, policy), policy, new DemoRandom(Seed), ct);
        var accounts = new DemoStaffAccounts(db);

        var demoComplexes = await db.Set<Complex>().AsNoTracking()
            .Where(c => c.Name == DemoPlaces.ManagerOneComplexName || c.Name == DemoPlaces.ManagerTwoComplexName).ToListAsync(ct);
        var moreLh = await db.Set<Complex>().AsNoTracking()
            .Where(c => c.Operator == HousingOperator.LH && c.Name != DemoPlaces.ManagerTwoComplexName).OrderBy(c => c.KaptCode).Take(4).ToListAsync(ct);
        var complexes = demoComplexes.OrderBy(c => c.KaptCode).Concat(moreLh).ToList();
        var linked = await db.Users.AsNoTracking().Where(u => u.UserName == "resident1" || u.UserName == "resident2")
            .Select(u => u.ResidentId!.Value).ToListAsync(ct);
        var people = new Dictionary<Guid, List<Resident>>();
        foreach (var complex in complexes)
        {
            var heads = await db.Set<Resident>().AsNoTracking().Where(r => r.ComplexId == complex.Id && r.LeftOn == null)
                .OrderBy(r => r.Name).ThenBy(r => r.Phone).ToListAsync(ct);
            people[complex.Id] = [.. heads.Where(r => linked.Contains(r.Id))
                .Concat(heads.Where(r => !linked.Contains(r.Id)).Take(ActiveResidentsPerComplex))];
        }

        var clockStart = DemoCalendar.Today.AddYears(-2).AddDays(-70);
        clock.Set(clockStart, 10);
        var vendor1 = await accounts.FindAsync("vendor1", ct);
        await market.RegisterVendorsAsync(vendor1.Id);
        vendor1.VendorId = market.SocialEnterprise.VendorId;
        await db.SaveChangesAsync(ct);

        var deputies = new Dictionary<Guid, Actor>();
        foreach (var complex in demoComplexes)
            deputies[complex.Id] = await AddDeputyManagerAsync(db, accounts, complex.Id, ct);
        await db.SaveChangesAsync(ct);

        var timeline = new DemoTimeline(clock);
        foreach (var complex in complexes)
            market.ScheduleComplex(timeline, complex, people[complex.Id], deputies.GetValueOrDefault(complex.Id));
        var yeongdeungpo = await db.Set<Region>().AsNoTracking().SingleAsync(r => r.SigunguCode == YeongdeungpoComplexes.SigunguCode, ct);
        var hwaseong = await db.Set<Region>().AsNoTracking().SingleAsync(r => r.SigunguCode == HwaseongRentalComplexes.SigunguCode, ct);
        market.ScheduleVendorListings(timeline, hwaseong.Id, yeongdeungpo.Id, [.. people.Values.SelectMany(p => p)]);
        market.ScheduleHousekeeping(timeline);

        await timeline.PlayAsync(db);
        db.ChangeTracker.Clear();
    }

    /// <summary>A second manager (관리과장) of a demo complex: one manager asks to spend common points, another approves.</summary>
    private static async Task<Actor> AddDeputyManagerAsync(HousingDbContext db, DemoStaffAccounts accounts, Guid complexId, CancellationToken ct)
    {
        var complex = await db.Set<Complex>().SingleAsync(c => c.Id == complexId, ct);
        var deputy = await accounts.AddAsync($"deputy.{complex.KaptCode.ToLowerInvariant()}", $"{complex.Name} 관리과장", Roles.ComplexManager,
            u => u.ComplexId = complex.Id, ct);
        complex.AssignManager(deputy.Id, DemoCalendar.Today.AddDays(-90));
        return new Actor(deputy.Id, deputy.DisplayName, new HashSet<string> { Roles.ComplexManager }, ComplexId: complex.Id, IpAddress: "211.36.140.11");
    }

    private sealed record VendorRef(Guid VendorId, Actor Actor);

    private sealed class ListingRef
    {
        public Guid Id { get; set; }
    }

    private sealed class MarketWorld(ListingService listings, PointsService points, PointsPolicy policy, DemoRandom random, CancellationToken ct)
    {
        private int _grants;

        public VendorRef SocialEnterprise { get; private set; } = null!;
        private VendorRef _localFood = null!;
        private Guid _lh;
        private Guid _sh;

        public async Task RegisterVendorsAsync(Guid vendor1UserId)
        {
            var social = await listings.RegisterVendorAsync(Actor.System, "행복나눔 사회적협동조합", "214-82-10457", VendorKind.SocialEconomy, "02-2634-1180", ct);
            SocialEnterprise = new VendorRef(social.Id, VendorActor(vendor1UserId, social));
            var local = await listings.RegisterVendorAsync(Actor.System, "화성 로컬푸드 영농조합", "124-81-55320", VendorKind.LocalProducer, "031-369-2200", ct);
            _localFood = new VendorRef(local.Id, VendorActor(local.Id, local));
            _lh = (await listings.RegisterVendorAsync(Actor.System, "한국토지주택공사(LH)", "120-82-00213", VendorKind.HousingOperator, "1600-1004", ct)).Id;
            _sh = (await listings.RegisterVendorAsync(Actor.System, "서울주택도시공사(SH)", "211-82-06290", VendorKind.HousingOperator, "1600-3456", ct)).Id;
        }

        private async Task<long> PersonalBalanceAsync(Actor resident) =>
            (await points.MyAccountsAsync(resident, ct)).Where(a => a.Kind == PointAccountKind.Personal).Sum(a => a.Balance);

        private static Actor VendorActor(Guid userId, Vendor vendor) =>
            new(userId, vendor.Name, new HashSet<string> { Roles.Vendor }, VendorId: vendor.Id, IpAddress: "121.134.5.40");

        /// <summary>Points, listings and orders of one complex's residents over the last two years; a demo complex (with its deputy manager) more.</summary>
        public void ScheduleComplex(DemoTimeline timeline, Complex complex, List<Resident> residents, Actor? deputyManager)
        {
            // Welcome points two years ago: the earliest have expired by now, the later ones expire within weeks.
            // Each grant has its own minute, so each expiry run below expires exactly one account, in a fixed order.
            foreach (var resident in residents)
            {
                var grantedAt = DemoCalendar.At(DemoCalendar.Today.AddYears(-2).AddDays(random.Between(-60, 25)), 9 + _grants / 60, _grants % 60);
                _grants++;
                var key = $"welcome:{complex.KaptCode}:{residents.IndexOf(resident)}";
                timeline.At(grantedAt, () => points.GrantPointsAsync(Actor.System,
                    new GrantPointsCommand(PointAccountKind.Personal, resident.Id, 5_000, "내친구 가입 환영 포인트", key), ct));
                var expiresAt = policy.ExpiryOf(grantedAt).AddSeconds(30);
                if (expiresAt < DemoCalendar.Now)
                    timeline.At(expiresAt, () => points.ExpirePointsAsync(Actor.System, expiresAt, ct));
                timeline.At(DemoCalendar.DaysAgo(random.Between(150, 200), 10), () => points.GrantPointsAsync(Actor.System,
                    new GrantPointsCommand(PointAccountKind.Personal, resident.Id, 20_000, "공동체 활동 우수 가구 포인트", key + ":activity"), ct));
            }
            timeline.At(DemoCalendar.DaysAgo(320, 10), () => points.GrantPointsAsync(Actor.System,
                new GrantPointsCommand(PointAccountKind.Common, complex.Id, 500_000, "공동체 활성화 지원 공용 포인트", $"common:{complex.KaptCode}"), ct));

            var sellers = residents.Take(8).ToList();
            var buyers = residents.Skip(2).ToList();
            ScheduleResidentListing(timeline, complex, sellers[0], ListingKind.GoodsGiveaway, "아기 유모차 나눔합니다", "2년 사용, 깨끗합니다. 101동 앞에서 가져가세요.", 0, null, buyers, 1);
            ScheduleResidentListing(timeline, complex, sellers[1], ListingKind.GoodsGiveaway, "원목 책상 무료 나눔", "이사로 정리합니다.", 0, null, buyers, 1);
            ScheduleResidentListing(timeline, complex, sellers[2], ListingKind.GoodsSale, "어린이 자전거 판매", "16인치, 보조바퀴 포함", 30_000, null, buyers, 2);
            ScheduleResidentListing(timeline, complex, sellers[3], ListingKind.GoodsSale, "전자레인지 판매", "1년 사용, 정상 작동", 40_000, null, buyers, 2);
            ScheduleResidentListing(timeline, complex, sellers[4], ListingKind.Talent, "등하원 도우미 해드려요", "평일 오전 8시~9시, 단지 내 초등학교", 15_000, TalentCategory.Childcare, buyers, 4);
            ScheduleResidentListing(timeline, complex, sellers[5], ListingKind.Talent, "초등 수학 1:1 지도", "주 2회, 회당 1시간", 20_000, TalentCategory.Tutoring, buyers, 3);
            ScheduleResidentListing(timeline, complex, sellers[6], ListingKind.Talent, "출근 카풀 함께해요", "평일 7시 30분 출발, 유류비 분담", 3_000, TalentCategory.Carpool, buyers, 4);
            ScheduleResidentListing(timeline, complex, sellers[7], ListingKind.Talent, "어르신 말벗·병원 동행", "주 1회 방문", 10_000, TalentCategory.Care, buyers, 2);

            if (deputyManager is not null)
            {
                ScheduleRentAndSpending(timeline, complex, residents, deputyManager);
                ScheduleModeration(timeline, complex, residents);
            }
        }

        private void ScheduleResidentListing(DemoTimeline timeline, Complex complex, Resident seller, ListingKind kind, string title,
            string description, long price, TalentCategory? talent, List<Resident> buyers, int orders)
        {
            var listing = new ListingRef();
            var createdDaysAgo = random.Between(30, 170);
            var details = new ListingDetails(title, description, price, AcceptsPoints: price > 0, TalentCategory: talent);
            timeline.At(DemoCalendar.DaysAgo(createdDaysAgo, random.Between(9, 21)), async () =>
                listing.Id = (await listings.CreateListingAsync(DemoActors.Of(seller), new CreateListingCommand(kind, ListingScope.Complex, complex.Id, details), ct)).Id);
            var candidates = buyers.Where(b => b.Id != seller.Id).ToList();
            for (var i = 0; i < orders; i++)
            {
                var buyer = candidates[(i * 3 + createdDaysAgo) % candidates.Count];
                var placedDaysAgo = createdDaysAgo - random.Between(1, Math.Max(1, createdDaysAgo - 2));
                // The last order of each listing tells how an order can end; the others complete.
                var ending = i < orders - 1 ? "complete" : random.Pick<string>([("complete", 0.45), ("requested", 0.15), ("confirmed", 0.15), ("buyer-cancel", 0.15), ("seller-cancel", 0.1)]);
                ScheduleOrder(timeline, listing, DemoActors.Of(seller), DemoActors.Of(buyer), placedDaysAgo, price > 0 && random.Chance(0.5) ? price : null, ending);
            }
        }

        private void ScheduleOrder(DemoTimeline timeline, ListingRef listing, Actor seller, Actor buyer, int placedDaysAgo, long? pointsPrice, string ending)
        {
            var order = new ListingRef();
            var placedAt = DemoCalendar.DaysAgo(placedDaysAgo, random.Between(8, 22), random.Between(0, 59));
            timeline.At(placedAt, async () =>
            {
                var pay = pointsPrice is { } price && await PersonalBalanceAsync(buyer) >= price;
                order.Id = (await listings.PlaceOrderAsync(buyer, listing.Id, 1, pay, ct)).Id;
            });
            if (ending == "requested") return;
            if (ending == "buyer-cancel")
            {
                timeline.At(placedAt.AddHours(random.Between(1, 20)), () => listings.CancelOrderAsync(buyer, order.Id, "일정이 맞지 않아 취소합니다", ct));
                return;
            }
            if (ending == "seller-cancel")
            {
                timeline.At(placedAt.AddHours(random.Between(1, 20)), () => listings.CancelOrderAsync(seller, order.Id, "이미 다른 분께 드렸습니다", ct));
                return;
            }
            timeline.At(placedAt.AddHours(random.Between(1, 12)), () => listings.ConfirmOrderAsync(seller, order.Id, ct));
            if (ending == "confirmed") return;
            timeline.At(placedAt.AddHours(random.Between(24, 96)), () => listings.CompleteOrderAsync(buyer, order.Id, ct));
        }

        /// <summary>Rent paid with points each month, purchases with points, and common-point spending.</summary>
        private void ScheduleRentAndSpending(DemoTimeline timeline, Complex complex, List<Resident> residents, Actor deputyManager)
        {
            var manager = DemoActors.ManagerOf(complex);
            if (complex.Operator != HousingOperator.None)
            {
                foreach (var payer in residents.Take(4))
                    for (var monthsAgo = 5; monthsAgo >= 1; monthsAgo--)
                    {
                        var month = YearMonth.From(DemoCalendar.Today).AddMonths(-monthsAgo);
                        // Rent is payable from the month the payer's household moved in (the payer joined it then or later).
                        if (month < YearMonth.From(payer.JoinedOn)) continue;
                        timeline.At(DemoCalendar.At(month.FirstDay.AddDays(24), 20), async () =>
                        {
                            var actor = DemoActors.Of(payer);
                            var balance = await PersonalBalanceAsync(actor);
                            if (balance >= 3_000)
                                await points.PayRentWithPointsAsync(actor, new PayRentCommand(Math.Min(balance / 2, 10_000) / 1_000 * 1_000, month, $"rent-{month}"), ct);
                        });
                    }
            }
            foreach (var spender in residents.Skip(4).Take(3))
                timeline.At(DemoCalendar.DaysAgo(random.Between(10, 60), 19), () => points.SpendPointsAsync(DemoActors.Of(spender),
                    new SpendPointsCommand(2_000, $"coupon-{spender.Id}", "알뜰장터 할인 쿠폰"), ct));

            var approved = new ListingRef();
            timeline.At(DemoCalendar.DaysAgo(45, 14), async () => approved.Id = (await points.RequestCommonSpendingAsync(deputyManager,
                complex.Id, "경로당 안마의자 수리", 150_000, ct)).Id);
            timeline.At(DemoCalendar.DaysAgo(43, 10), () => points.ApproveCommonSpendingAsync(manager, approved.Id, ct));
            // The deputy asks, so the pending request awaits the manager who signs in to the demo (manager1, manager2).
            timeline.At(DemoCalendar.DaysAgo(3, 16), () => points.RequestCommonSpendingAsync(deputyManager, complex.Id, "어린이놀이터 모래 교체", 80_000, ct));
        }

        /// <summary>A listing residents reported and the manager hid.</summary>
        private void ScheduleModeration(DemoTimeline timeline, Complex complex, List<Resident> residents)
        {
            var listing = new ListingRef();
            var seller = residents[^1];
            timeline.At(DemoCalendar.DaysAgo(20, 21), async () => listing.Id = (await listings.CreateListingAsync(DemoActors.Of(seller),
                new CreateListingCommand(ListingKind.GoodsSale, ListingScope.Complex, complex.Id,
                    new ListingDetails("명품 가방 급처 (정품 보장)", "외부 판매 사이트로 연락 주세요", 900_000, false)), ct)).Id);
            timeline.At(DemoCalendar.DaysAgo(19, 9), () => listings.ReportListingAsync(DemoActors.Of(residents[1]), listing.Id, "외부 거래 유도, 사기 의심", ct));
            timeline.At(DemoCalendar.DaysAgo(19, 11), () => listings.ReportListingAsync(DemoActors.Of(residents[2]), listing.Id, "단지 장터 취지와 맞지 않음", ct));
            timeline.At(DemoCalendar.DaysAgo(18, 10), () => listings.HideListingAsync(DemoActors.ManagerOf(complex), listing.Id, "외부 거래 유도 게시물로 숨김 처리", ct));
        }

        /// <summary>Vendors' products and group buys, and the public rental notices.</summary>
        public void ScheduleVendorListings(DemoTimeline timeline, Guid hwaseongRegionId, Guid yeongdeungpoRegionId, List<Resident> residents)
        {
            var hwaseongResidents = residents.Where(r => r.ComplexId != residents[0].ComplexId).ToList();
            var local = new ListingRef();
            timeline.At(DemoCalendar.DaysAgo(120, 9), async () => local.Id = (await listings.CreateListingAsync(_localFood.Actor,
                new CreateListingCommand(ListingKind.LocalProduct, ListingScope.Region, hwaseongRegionId,
                    new ListingDetails("화성 송산포도 2kg", "산지 직송, 당일 수확", 18_000, true)), ct)).Id);
            var social = new ListingRef();
            timeline.At(DemoCalendar.DaysAgo(110, 9), async () => social.Id = (await listings.CreateListingAsync(SocialEnterprise.Actor,
                new CreateListingCommand(ListingKind.SocialEconomyProduct, ListingScope.Everywhere, null,
                    new ListingDetails("발달장애인 작업장 수제 쿠키 세트", "사회적협동조합이 만든 수제 쿠키 12개입", 12_000, true)), ct)).Id);
            for (var i = 0; i < 10; i++)
            {
                var buyer = DemoActors.Of(hwaseongResidents[(i * 5) % hwaseongResidents.Count]);
                ScheduleOrder(timeline, local, _localFood.Actor, buyer, random.Between(20, 100), random.Chance(0.5) ? 18_000 : null, i % 4 == 3 ? "requested" : "complete");
                var socialBuyer = DemoActors.Of(residents[(i * 7 + 1) % residents.Count]);
                ScheduleOrder(timeline, social, SocialEnterprise.Actor, socialBuyer, random.Between(20, 100), random.Chance(0.5) ? 12_000 : null, i % 5 == 4 ? "confirmed" : "complete");
            }

            // Group buys: one filled before its deadline, one short of participants, one still collecting.
            ScheduleGroupBuy(timeline, "제철 사과 10kg 공동구매", 35_000, 5, DemoCalendar.DaysAgo(40, 18), 7, hwaseongRegionId, hwaseongResidents);
            ScheduleGroupBuy(timeline, "무농약 쌀 20kg 공동구매", 62_000, 12, DemoCalendar.DaysAgo(25, 18), 3, hwaseongRegionId, hwaseongResidents);
            ScheduleGroupBuy(timeline, "김장용 절임배추 20kg 공동구매", 38_000, 6, DemoCalendar.At(DemoCalendar.Today.AddDays(9), 18), 4, hwaseongRegionId, hwaseongResidents);

            ScheduleRentalNotice(timeline, _lh, "LH-2026-HS-0412", "화성동탄2 행복주택 예비입주자 모집", ListingScope.Region, hwaseongRegionId,
                new RentalHousingTerms(32_000_000, 160_000, 36.9, "경기도 화성시 동탄순환대로 127", RentalSupplyType.HappyHousing,
                    "무주택 청년·신혼부부, 소득 100% 이하", DemoCalendar.Today.AddDays(-10), DemoCalendar.Today.AddDays(12)));
            ScheduleRentalNotice(timeline, _lh, "LH-2026-HS-0388", "화성봉담 국민임대 잔여세대 입주자 모집", ListingScope.Region, hwaseongRegionId,
                new RentalHousingTerms(14_500_000, 210_000, 46.7, "경기도 화성시 봉담읍 동화길 42", RentalSupplyType.NationalRental,
                    "무주택 세대구성원, 소득 70% 이하", DemoCalendar.Today.AddDays(-40), DemoCalendar.Today.AddDays(-20)));
            ScheduleRentalNotice(timeline, _sh, "SH-2026-YDP-0117", "영등포구 매입임대주택 입주자 모집", ListingScope.Region, yeongdeungpoRegionId,
                new RentalHousingTerms(5_000_000, 180_000, 29.8, "서울특별시 영등포구 도림로 311", RentalSupplyType.PurchasedRental,
                    "생계·의료급여 수급자, 주거취약계층", DemoCalendar.Today.AddDays(-5), DemoCalendar.Today.AddDays(20)));
        }

        private void ScheduleGroupBuy(DemoTimeline timeline, string title, long price, int minimum, DateTimeOffset deadline, int participants,
            Guid regionId, List<Resident> residents)
        {
            var listing = new ListingRef();
            var opened = deadline.AddDays(-14);
            timeline.At(opened, async () => listing.Id = (await listings.CreateListingAsync(_localFood.Actor,
                new CreateListingCommand(ListingKind.GroupBuy, ListingScope.Region, regionId,
                    new ListingDetails(title, "최소 인원이 모이면 마감일에 확정됩니다.", price, true, MinimumParticipants: minimum, Deadline: deadline)), ct)).Id);
            for (var i = 0; i < participants; i++)
            {
                var buyer = DemoActors.Of(residents[(i * 4 + minimum) % residents.Count]);
                var at = opened.AddHours(6 + i * 20);
                timeline.At(at, async () =>
                {
                    // A failed group buy refunds all its orders in one settlement; paying those in cash keeps the ledger's order fixed.
                    var pay = participants >= minimum && await PersonalBalanceAsync(buyer) >= price;
                    await listings.PlaceOrderAsync(buyer, listing.Id, 1, pay, ct);
                });
            }
        }

        private void ScheduleRentalNotice(DemoTimeline timeline, Guid publisher, string noticeId, string title, ListingScope scope, Guid scopeId,
            RentalHousingTerms terms) =>
            timeline.At(DemoCalendar.At(terms.ApplicationStart.AddDays(-3), 10), () => listings.UpsertRentalNoticeAsync(Actor.System,
                new RentalNoticeImport(noticeId, publisher, title, $"{terms.Address} 전용 {terms.ExclusiveArea}㎡, 신청기간 {terms.ApplicationStart:yyyy-MM-dd} ~ {terms.ApplicationEnd:yyyy-MM-dd}",
                    scope, scopeId, terms), ct));

        /// <summary>The group-buy settlement job that ran each night (points expiry runs with each expiring grant).</summary>
        public void ScheduleHousekeeping(DemoTimeline timeline)
        {
            for (var daysAgo = 60; daysAgo >= 1; daysAgo--)
            {
                var at = DemoCalendar.DaysAgo(daysAgo, 0, 5);
                timeline.At(at, () => listings.SettleGroupBuysAsync(Actor.System, at, ct));
            }
        }
    }
}
