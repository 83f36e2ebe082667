package com.stratum.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.account.AccountInput;
import com.stratum.account.AccountService;
import com.stratum.account.AccountTeamService;
import com.stratum.account.AccountView;
import com.stratum.account.Lifecycle;
import com.stratum.account.QbrCadence;
import com.stratum.accountevent.AccountEventService;
import com.stratum.accountevent.EventInput;
import com.stratum.activity.ActivityInput;
import com.stratum.activity.ActivityService;
import com.stratum.activity.ActivityType;
import com.stratum.contact.BusinessUnitInput;
import com.stratum.contact.BuyingRole;
import com.stratum.contact.ContactInput;
import com.stratum.contact.ContactService;
import com.stratum.contact.ContactView;
import com.stratum.contact.PreferredChannel;
import com.stratum.contact.Relevance;
import com.stratum.contact.Stance;
import com.stratum.contract.ContractInput;
import com.stratum.competition.ThreatExposureSnapshots;
import com.stratum.icp.IcpProfileInput;
import com.stratum.icp.IcpService;
import com.stratum.tier.TierBudgetInput;
import com.stratum.tier.TierBudgetService;
import com.stratum.contract.ContractService;
import com.stratum.account.TeamInput;
import com.stratum.account.TeamRole;
import com.stratum.grade.Grade;
import com.stratum.handoff.HandoffInput;
import com.stratum.handoff.HandoffService;
import com.stratum.opportunity.CompellingEvent;
import com.stratum.accountevent.CompellingEventType;
import com.stratum.opportunity.OpportunityInput;
import com.stratum.opportunity.OpportunityService;
import com.stratum.opportunity.OpportunityType;
import com.stratum.opportunity.OpportunityView;
import com.stratum.opportunity.Stage;
import com.stratum.opportunity.StageChangeInput;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.revenue.ProductInput;
import com.stratum.revenue.ProductService;
import com.stratum.revenue.RevenueBatch;
import com.stratum.revenue.RevenueBatchInput;
import com.stratum.security.PasswordHasher;
import com.stratum.security.Role;
import com.stratum.survey.FollowUpInput;
import com.stratum.survey.QbrInput;
import com.stratum.survey.QbrService;
import com.stratum.survey.QbrView;
import com.stratum.survey.ResponseInput;
import com.stratum.tier.Tier;
import com.stratum.user.Level;
import com.stratum.user.User;
import com.stratum.user.UserInput;
import com.stratum.user.UserService;
import com.stratum.user.UserView;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import com.stratum.task.TaskInput;
import com.stratum.task.TaskService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A believable portfolio for trying Stratum out: only when stratum.demo-data=true (as `make run` sets it)
 * and only into an empty database. It goes through the services, so every rule (capacity included) holds.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String[] MANAGERS = {"Dana Whitfield", "Marco Ruiz", "Aiko Tanaka", "Priya Raman",
        "Tom Becker", "Lena Novak", "Samuel Okafor", "Chloé Martin"};
    /** Each account manager's level, in the order of MANAGERS: none is JUNIOR, since each owns a STRATEGIC one. */
    private static final Level[] LEVELS = {Level.SENIOR, Level.MID, Level.SENIOR, Level.MID, Level.MID, Level.SENIOR,
        Level.MID, Level.MID};
    private static final String[] INDUSTRIES = {"Logistics", "Manufacturing", "Healthcare", "Financial Services",
        "Retail", "Software", "Energy", "Telecommunications"};
    private static final String[][] TERRITORIES = {{"EMEA North", "DE"}, {"EMEA North", "SE"}, {"EMEA South", "FR"},
        {"EMEA South", "ES"}, {"North America", "US"}, {"North America", "CA"}, {"APAC", "JP"}, {"APAC", "AU"}};
    private static final String[] PREFIXES = {"Northwind", "Contoso", "Fabrikam", "Tailspin", "Wingtip", "Litware",
        "Proseware", "Adatum", "Lucerne", "Margie's", "Trey", "Woodgrove", "Humongous", "Blue Yonder", "Alpine",
        "Coho", "Fourth Coffee", "Graphic Design", "Relecloud", "Southridge"};
    private static final String[] SUFFIXES = {"Logistics", "Industries", "Health", "Bank", "Retail", "Systems",
        "Energy", "Telecom"};

    private static final String[][] GRADE_SETS = {{"A", "A-", "B+", "A"}, {"B+", "B", "B", "A-"},
        {"C", "B-", "B", "C+"}, {"B", "B+", "A-", "B"}, {"D", "C", "C-", "B-"}, {"A-", "B+", "B+", "B"}};
    private static final String[] REASONS = {"Few ideas beyond the renewal", "Tickets take days to get an answer",
        "The new team does not know our processes", "Outages during our peak season"};

    private static final String[] FIRST_NAMES = {"Jordan", "Alex", "Sam", "Taylor", "Morgan", "Casey", "Robin",
        "Jamie", "Avery", "Quinn", "Harper", "Elliot", "Rowan", "Sasha", "Noor", "Mika"};
    private static final String[] LAST_NAMES = {"Lee", "Schmidt", "Dubois", "García", "Nakamura", "Okafor", "Larsen",
        "Rossi", "Kowalski", "Patel", "Berg", "Costa", "Novak", "Evans", "Silva", "Fischer", "Moreau"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UserService users;
    private final AccountService accounts;
    private final QbrCadence cadence;
    private final QbrService qbrs;
    private final OpportunityService opportunities;
    private final ContactService contacts;
    private final AccountTeamService teams;
    private final HandoffService handoffs;
    private final ActivityService activities;
    private final AccountEventService events;
    private final TaskService tasks;
    private final ProductService products;
    private final RevenueBatch revenue;
    private final ObjectMapper json;
    private final ContractService contracts;
    private final EntityManager em;
    private final IcpService icp;
    private final TierBudgetService budgets;
    private final ThreatExposureSnapshots exposure;
    private final boolean enabled;
    private final String password;
    private final PasswordHasher passwords;
    private final Clock clock;

    public DemoData(UserService users, AccountService accounts, QbrCadence cadence, QbrService qbrs,
            OpportunityService opportunities, ContactService contacts, HandoffService handoffs, EntityManager em,
            @ConfigProperty(name = "stratum.demo-data", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "stratum.demo-password", defaultValue = "stratum-demo-password") String password,
            PasswordHasher passwords, Clock clock, AccountTeamService teams, ActivityService activities,
            AccountEventService events, TaskService tasks, ProductService products, RevenueBatch revenue,
            ObjectMapper json, ContractService contracts, IcpService icp, TierBudgetService budgets,
            ThreatExposureSnapshots exposure) {
        this.icp = icp;
        this.budgets = budgets;
        this.exposure = exposure;
        this.products = products;
        this.revenue = revenue;
        this.json = json;
        this.contracts = contracts;
        this.teams = teams;
        this.activities = activities;
        this.events = events;
        this.tasks = tasks;
        this.users = users;
        this.accounts = accounts;
        this.cadence = cadence;
        this.qbrs = qbrs;
        this.opportunities = opportunities;
        this.contacts = contacts;
        this.handoffs = handoffs;
        this.em = em;
        this.enabled = enabled;
        this.password = password;
        this.passwords = passwords;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            seed();
        }
    }

    @Transactional
    // One transaction for the whole portfolio (all or nothing); on a busy machine it outlasts the default 60 s.
    @TransactionConfiguration(timeout = 600)
    void seed() {
        if (User.count() > 0) {
            LOG.info("Demo data skipped: the database already has users.");
            givePasswordsToDemoUsers();
            return;
        }
        Random random = new Random(42);
        users.create(new UserInput("Avery Admin", "admin@stratum.demo", Role.ADMIN, true), password);
        UUID lead = users.create(new UserInput("Morgan Lead", "sales.manager@stratum.demo", Role.MANAGER, true, null,
                Level.SENIOR), password).id();
        users.create(new UserInput("Riley Reader", "viewer@stratum.demo", Role.VIEWER, true), password);
        List<UUID> owners = new ArrayList<>();
        for (int m = 0; m < MANAGERS.length; m++) {
            String name = MANAGERS[m];
            String email = name.toLowerCase().replaceAll("[^a-z ]", "").replace(' ', '.') + "@stratum.demo";
            UserView manager = users.create(new UserInput(name, email, Role.ACCOUNT_MANAGER, true, lead, LEVELS[m]),
                    password);
            owners.add(manager.id());
        }
        // A junior who owns nothing yet and learns on others' teams, reporting to Dana.
        UUID junior = users.create(new UserInput("Jamie Park", "jamie.park@stratum.demo", Role.ACCOUNT_MANAGER, true,
                owners.get(0), Level.JUNIOR), password).id();
        // The budgets before the accounts: a KEY or STRATEGIC account is created within its tier's budget.
        budgets.update(Tier.KEY, new TierBudgetInput(null, 24), null);
        budgets.update(Tier.STRATEGIC, new TierBudgetInput(null, 10), null);
        List<UUID> parents = new ArrayList<>();
        List<AccountView> created = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Few strategic, more key, mostly standard; owner i % 8 keeps every owner within capacity.
            Tier tier = i < 8 ? Tier.STRATEGIC : i < 28 ? Tier.KEY : Tier.STANDARD;
            String[] territory = TERRITORIES[random.nextInt(TERRITORIES.length)];
            String prefix = PREFIXES[i % PREFIXES.length];
            String suffix = SUFFIXES[(i / PREFIXES.length + i) % SUFFIXES.length];
            String name = prefix + " " + suffix + (i >= PREFIXES.length * 2 ? " " + territory[1] : "");
            String domain = (prefix + suffix + i).toLowerCase().replaceAll("[^a-z0-9]", "") + ".example";
            long arr = switch (tier) {
                case STRATEGIC -> 400_000 + random.nextInt(1_600_000);
                case KEY -> 120_000 + random.nextInt(380_000);
                case STANDARD -> 8_000 + random.nextInt(110_000);
            };
            Lifecycle lifecycle = i % 17 == 5 ? Lifecycle.AT_RISK : i % 23 == 7 ? Lifecycle.ONBOARDING : Lifecycle.ACTIVE;
            UUID parent = i >= 40 && i % 10 == 0 && !parents.isEmpty() ? parents.get(i % parents.size()) : null;
            AccountView account = accounts.create(new AccountInput(name, domain, "CRM-" + (10_000 + i),
                    INDUSTRIES[i % INDUSTRIES.length], territory[0], territory[1], 50 + random.nextInt(20_000),
                    BigDecimal.valueOf(5_000_000L + random.nextInt(900_000_000)), BigDecimal.valueOf(arr), null, lifecycle,
                    today().plusDays(20 + random.nextInt(500)), parent, owners.get(i % owners.size()), tier,
                    i % 3 == 0 ? List.of("expansion") : List.of(), null, null, null));
            if (tier == Tier.STRATEGIC) {
                parents.add(account.id());
            }
            created.add(account);
        }
        // Spread creation over the past months so that cadence, overdue QBRs and lists look lived-in.
        em.flush();
        em.createNativeQuery("update account set created_at = created_at - make_interval(days => abs(hashtext(id::text))"
                + " % 200)").executeUpdate();
        em.clear();
        for (Tier tier : Tier.values()) {
            cadence.reschedule(tier);
        }
        int answered = 0;
        int deals = 0;
        for (int i = 0; i < created.size(); i++) {
            AccountView account = created.get(i);
            if (i % 3 == 0) {
                answerQbr(account, answered);
                answered++;
            } else if (i % 5 == 1) {
                QbrView qbr = qbrs.schedule(account.id(), new QbrInput(today().plusDays(7 + i % 20),
                        "Jordan Lee", "jordan.lee@" + account.domain(), null, null));
                qbrs.invite(qbr.id());
            }
            if (i % 3 != 2) {
                addOpportunity(account, deals, random);
                deals++;
            }
        }
        int people = addPeople(created, owners);
        seedTeams(created, owners, lead, junior);
        // One KEY account waits for Dana Whitfield to accept it, so a newcomer sees the handoff flow. Dana holds
        // three KEY accounts (i % 8 == 0) of the eight allowed, so the place it reserves is within her capacity.
        AccountView handedOver = created.get(9);
        handoffs.create(handedOver.id(), new HandoffInput(owners.get(0), MANAGERS[1] + " moves to the APAC team;"
                + " the renewal and the open upsell are yours from next month.",
                new HandoffInput.SectionNotes(null, "Their CFO signs the renewal; their head of IT runs the weekly"
                        + " check-in.", null, null, null)));
        int logged = addActivities(created);
        addEventsAndTasks(created, owners.get(0));
        addRevenue(created);
        addContracts(created);
        addGovernance();
        // The exposure report reads a snapshot: take the first one from the portfolio just written.
        exposure.refresh();
        LOG.infof("Demo data: %d users, %d accounts, %d answered QBRs, %d opportunities, %d contacts, %d activities,"
                + " 1 open handoff.", MANAGERS.length + 4, created.size(), answered, deals, people, logged);
        LOG.infof("Demo sign-in: admin@stratum.demo (ADMIN), sales.manager@stratum.demo (MANAGER),"
                + " dana.whitfield@stratum.demo (ACCOUNT_MANAGER), viewer@stratum.demo (VIEWER);"
                + " every demo user's password is: %s", password);
    }

    /**
     * An ideal customer profile, so that every account has a fit and the tier review has accounts to show. The tier
     * budgets (set before the accounts are created) are counts that the demo portfolio (20 KEY, 8 STRATEGIC of 60)
     * stays within with a little room: the defaults (10 % and 2 % of live accounts) would refuse every promotion a
     * newcomer tries, and the demo's own creates.
     */
    private void addGovernance() {
        icp.update(new IcpProfileInput(List.of("Manufacturing", "Financial Services", "Software", "Energy"),
                List.of("DE", "US", "FR", "SE"), 2_000, null, BigDecimal.valueOf(100_000_000L), null, 40, 20, 20, 20,
                40, 75, 6), null);
    }

    /**
     * Business units and contacts with reports-to chains: KEY and STRATEGIC accounts get a buying committee over
     * two or three units, STANDARD accounts a contact or two. Two strategic and two key accounts are deliberately
     * single-threaded (one champion, one unit), and some contacts have left the company. Returns how many contacts.
     */
    private int addPeople(List<AccountView> created, List<UUID> owners) {
        int count = 0;
        for (int i = 0; i < created.size(); i++) {
            AccountView account = created.get(i);
            UUID owner = owners.get(i % owners.size());
            String domain = account.domain();
            String lang = switch (account.country() == null ? "" : account.country()) {
                case "DE" -> "de";
                case "FR" -> "fr";
                case "ES" -> "es";
                case "SE" -> "sv";
                case "JP" -> "ja";
                default -> "en";
            };
            boolean singleThreaded = i == 1 || i == 5 || i == 9 || i == 14;
            if (account.tier() == Tier.STANDARD || singleThreaded) {
                UUID unit = unit(account, "Operations", null, Relevance.HIGH);
                count++;
                ContactView champion = person(account, i, 0, "Operations Manager", unit, BuyingRole.CHAMPION,
                        Stance.ALLY, null, owner, lang, domain);
                if (i % 4 == 0) {
                    person(account, i, 1, "Team Lead", unit, BuyingRole.USER, Stance.NEUTRAL, champion.id(), owner,
                            lang, domain);
                    count++;
                }
                continue;
            }
            UUID operations = unit(account, "Operations", null, Relevance.HIGH);
            UUID finance = unit(account, "Finance", null, Relevance.MEDIUM);
            UUID it = unit(account, "IT", operations, Relevance.MEDIUM);
            ContactView sponsor = person(account, i, 0, "Chief Operating Officer", operations,
                    BuyingRole.EXECUTIVE_SPONSOR, Stance.ALLY, null, owner, lang, domain);
            ContactView maker = person(account, i, 1, "VP Operations", operations, BuyingRole.DECISION_MAKER,
                    i % 3 == 0 ? Stance.NEUTRAL : Stance.ALLY, sponsor.id(), owner, lang, domain);
            ContactView buyer = person(account, i, 2, "Finance Director", finance, BuyingRole.ECONOMIC_BUYER,
                    Stance.SKEPTIC, sponsor.id(), owner, lang, domain);
            person(account, i, 3, "Head of IT", it, BuyingRole.CHAMPION, Stance.ALLY, maker.id(), owner, lang, domain);
            person(account, i, 4, "Procurement Manager", finance, BuyingRole.PROCUREMENT, Stance.NEUTRAL, buyer.id(),
                    owner, lang, domain);
            ContactView former = person(account, i, 5, "IT Architect", it,
                    i % 2 == 0 ? BuyingRole.INFLUENCER : BuyingRole.BLOCKER, Stance.SKEPTIC, maker.id(), owner, lang,
                    domain);
            count += 6;
            if (i % 5 == 0) {
                contacts.patch(former.id(), JSON.createObjectNode().put("leftCompanyOn",
                        today().minusDays(20 + i).toString()), null);
            }
        }
        return count;
    }

    /**
     * Calls and meetings on most KEY and STRATEGIC accounts, with their contacts, so that timelines and last touches
     * look lived-in; every third is left untouched for its tier's cadence (touch overdue). Returns how many.
     */
    private int addActivities(List<AccountView> created) {
        int count = 0;
        Instant now = Instant.now(clock);
        for (int i = 0; i < created.size(); i++) {
            AccountView account = created.get(i);
            if (account.tier() == Tier.STANDARD || i % 3 == 1) {
                continue;
            }
            List<UUID> people = em.createQuery("select c.id from Contact c where c.accountId = :account"
                    + " and c.leftCompanyOn is null order by c.name", UUID.class)
                    .setParameter("account", account.id()).setMaxResults(2).getResultList();
            activities.create(account.id(), new ActivityInput(ActivityType.MEETING,
                    now.minus(Duration.ofDays(30 + i)), "Quarterly planning on site",
                    "Walked through the roadmap; they asked for a pricing review before the renewal.",
                    people.subList(0, Math.min(1, people.size())), null, null));
            activities.create(account.id(), new ActivityInput(ActivityType.CALL,
                    now.minus(Duration.ofDays(2 + i % 9)).minus(Duration.ofHours(i)), "Check-in call",
                    "Rollout on track; **next step**: send the usage report.", people, null, null));
            count += 2;
        }
        return count;
    }

    /**
     * Four products and 24 months of revenue lines on the first 12 accounts, through the batch API's ingest: steady
     * platform subscriptions, seasonal services, and on the first account a support plan bought every month until
     * three months ago (it stopped being bought: a STOPPED_BUYING alert once alerts exist).
     */
    private void addRevenue(List<AccountView> created) {
        String[][] catalogue = {{"PLAT-ANNUAL", "Platform subscription", "Platform", "true"},
            {"ANALYTICS-ADDON", "Analytics add-on", "Analytics", "true"},
            {"SUPPORT-PREMIUM", "Premium support", "Support", "true"},
            {"SERVICES-DAY", "Consulting day", "Services", "false"}};
        for (String[] p : catalogue) {
            products.create(new ProductInput(p[0], p[1], p[2], Boolean.valueOf(p[3]), true));
        }
        ArrayNode lines = json.createArrayNode();
        java.time.YearMonth thisMonth = java.time.YearMonth.now(clock);
        for (int a = 0; a < Math.min(12, created.size()); a++) {
            for (int back = 1; back <= 24; back++) {
                String period = thisMonth.minusMonths(back).toString();
                int seats = 20 + a * 5 + (24 - back) / 4;
                line(lines, created.get(a).id(), "PLAT-ANNUAL", period, seats, seats * 45);
                if (a % 2 == 0) {
                    line(lines, created.get(a).id(), "ANALYTICS-ADDON", period, 1, 900 + a * 50);
                }
                if (a == 0 ? back > 3 : a % 3 == 0) {
                    line(lines, created.get(a).id(), "SUPPORT-PREMIUM", period, 1, 1200);
                }
                if (back % 3 == 0) {
                    line(lines, created.get(a).id(), "SERVICES-DAY", period, 2 + a % 3, (2 + a % 3) * 1400);
                }
            }
        }
        ObjectNode batch = json.createObjectNode();
        batch.set("lines", lines);
        revenue.run(json.convertValue(batch, RevenueBatchInput.class));
    }

    private static void line(ArrayNode lines, UUID accountId, String sku, String period, int quantity, int amount) {
        lines.addObject().put("accountId", accountId.toString()).put("sku", sku).put("period", period)
                .put("quantity", quantity).put("amount", amount).put("currency", "EUR").put("source", "demo");
    }

    /**
     * For Dana Whitfield (the newcomer's sign-in): a funding round to review, a new executive (which opens a "meet the
     * new executive" task) and a task due today, so that My day has something in each of those sections.
     */
    private void addEventsAndTasks(List<AccountView> created, UUID dana) {
        AccountView strategic = created.get(0);
        AccountView key = created.get(8);
        events.create(strategic.id(), new EventInput(CompellingEventType.FUNDING_ROUND, today().minusDays(3),
                "Series D of $120M to expand into Asia.", null, null, null));
        events.create(key.id(), new EventInput(CompellingEventType.NEW_EXECUTIVE, today().minusDays(1),
                "A new Chief Digital Officer starts next month.", null, null, null));
        tasks.create(new TaskInput("Send the usage report promised on the last call", created.get(16).id(), null, null,
                null, dana, today(), null));
    }

    /**
     * Contracts on two accounts: a STRATEGIC one ending in 120 days, inside its renewal window (60 days of notice +
     * 180 days of lead time), so its RENEWAL opportunity is open at once; a KEY one ending in 14 months, whose
     * renewal opens later.
     */
    private void addContracts(List<AccountView> created) {
        AccountView strategic = created.get(0);
        AccountView key = created.get(8);
        LocalDate soon = today().plusDays(120);
        contracts.create(strategic.id(), new ContractInput(soon.minusYears(1).plusDays(1), soon,
                new BigDecimal("240000.00"), true, 60));
        LocalDate later = today().plusMonths(14);
        contracts.create(key.id(), new ContractInput(later.minusYears(2).plusDays(1), later,
                new BigDecimal("85000.00"), false, 90));
    }

    private UUID unit(AccountView account, String name, UUID parent, Relevance relevance) {
        return contacts.createUnit(account.id(), new BusinessUnitInput(name, parent, relevance)).id();
    }

    private ContactView person(AccountView account, int i, int j, String title, UUID unit, BuyingRole role,
            Stance stance, UUID reportsTo, UUID owner, String language, String domain) {
        String first = FIRST_NAMES[(i * 7 + j * 3) % FIRST_NAMES.length];
        String last = LAST_NAMES[(i * 5 + j * 11) % LAST_NAMES.length];
        return contacts.create(account.id(), new ContactInput(first + " " + last, title,
                (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "") + "@" + domain,
                "+1 555 01" + String.format("%02d", (i * 6 + j) % 100), unit, role, 1 + (i + j * 2) % 5, stance,
                PreferredChannel.values()[(i + j) % PreferredChannel.values().length], language, reportsTo, owner,
                null, null));
    }

    /**
     * Teams on a few accounts. Dana Whitfield (the newcomer's sign-in) serves Marco's strategic account without
     * owning it, so she can record its QBRs; one membership has ended.
     */
    private void seedTeams(List<AccountView> created, List<UUID> owners, UUID lead, UUID junior) {
        LocalDate today = today();
        team(created.get(1), new TeamInput.Member(owners.get(0), TeamRole.CUSTOMER_SUCCESS, 30, today.minusDays(60), null),
                new TeamInput.Member(junior, TeamRole.SUPPORT_LEAD, 50, today.minusDays(20), null),
                new TeamInput.Member(lead, TeamRole.EXECUTIVE_SPONSOR, 10, today.minusDays(90), null));
        team(created.get(2), new TeamInput.Member(owners.get(3), TeamRole.SALES_ENGINEER, 20, today.minusDays(45), null),
                new TeamInput.Member(owners.get(4), TeamRole.SPECIALIST, 10, today.minusDays(120), today.minusDays(10)));
        team(created.get(8), new TeamInput.Member(junior, TeamRole.ACCOUNT_EXECUTIVE, 40, today.minusDays(30), null));
        team(created.get(3), new TeamInput.Member(owners.get(5), TeamRole.CUSTOMER_SUCCESS, 25, today.minusDays(15),
                today.plusDays(75)));
    }

    private void team(AccountView account, TeamInput.Member... members) {
        teams.replace(account.id(), new TeamInput(List.of(members)), null);
    }

    /** A demo database from before sign-in existed: its demo users get the demo password so they can sign in. */
    private void givePasswordsToDemoUsers() {
        if (User.count("active = true and passwordHash is not null") > 0) {
            return;
        }
        List<User> demoUsers = User.list("email like ?1 and passwordHash is null", "%@stratum.demo");
        demoUsers.forEach(user -> user.passwordHash = passwords.hash(password));
        if (!demoUsers.isEmpty()) {
            LOG.infof("Demo sign-in: the %d demo users now have the password %s.", demoUsers.size(), password);
        }
    }

    private void answerQbr(AccountView account, int i) {
        String[] grades = GRADE_SETS[i % GRADE_SETS.length];
        List<ResponseInput.Answer> answers = new ArrayList<>();
        String[] questions = {"101", "102", "103", "104"};
        for (int q = 0; q < questions.length; q++) {
            Grade grade = Grade.of(grades[q]);
            answers.add(new ResponseInput.Answer(UUID.fromString("00000000-0000-4000-8000-000000000" + questions[q]),
                    grade, null, null, grade.failing() ? REASONS[q] : null));
        }
        answers.add(new ResponseInput.Answer(UUID.fromString("00000000-0000-4000-8000-000000000105"), null,
                4 + i % 7, null, null));
        answers.add(new ResponseInput.Answer(UUID.fromString("00000000-0000-4000-8000-000000000106"), null, null,
                "Bring us more ideas from similar customers", null));
        QbrView qbr = qbrs.schedule(account.id(), new QbrInput(today(), "Jordan Lee",
                "jordan.lee@" + account.domain(), null, null));
        QbrView result = qbrs.recordCall(qbr.id(), new ResponseInput(answers), null);
        if (Boolean.TRUE.equals(result.failing()) && i % 2 == 0) {
            Grade target = Grade.values()[result.overallGrade().ordinal() - 2];
            qbrs.setFollowUp(qbr.id(), new FollowUpInput(target, today().plusDays(30),
                    List.of("Bring two growth ideas to the next call", "Weekly check-in with operations")));
        }
    }

    private void addOpportunity(AccountView account, int i, Random random) {
        OpportunityType type = OpportunityType.values()[(i + i / 6) % 3];
        CompellingEvent event = i % 4 == 0 ? new CompellingEvent(CompellingEventType.values()[i % 7],
                today().minusDays(10 + i), "Announced in the customer's press release") : null;
        OpportunityView opportunity = opportunities.create(new OpportunityInput(account.id(), type,
                switch (type) {
                    case UPSELL -> "More seats for " + account.name();
                    case CROSS_SELL -> "Analytics add-on for " + account.name();
                    case RENEWAL -> "Renewal " + account.name();
                }, type == OpportunityType.CROSS_SELL ? "Analytics" : "Platform",
                BigDecimal.valueOf(5_000L + random.nextInt(120_000)), null, null,
                today().plusDays(15 + random.nextInt(160)), null, event, null, "Follow up with the sponsor"));
        Stage stage = Stage.values()[(i + i / 3) % Stage.values().length];
        if (stage != Stage.IDENTIFIED) {
            opportunities.moveStage(opportunity.id(), new StageChangeInput(stage,
                    stage == Stage.LOST ? "Chose a cheaper competitor" : null, null, null), null);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
