package com.stratum.demo;

import com.stratum.account.AccountInput;
import com.stratum.account.AccountService;
import com.stratum.account.AccountView;
import com.stratum.account.Lifecycle;
import com.stratum.tier.Tier;
import com.stratum.user.Role;
import com.stratum.user.User;
import com.stratum.user.UserInput;
import com.stratum.user.UserService;
import com.stratum.user.UserView;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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
    private static final String[] INDUSTRIES = {"Logistics", "Manufacturing", "Healthcare", "Financial Services",
        "Retail", "Software", "Energy", "Telecommunications"};
    private static final String[][] TERRITORIES = {{"EMEA North", "DE"}, {"EMEA North", "SE"}, {"EMEA South", "FR"},
        {"EMEA South", "ES"}, {"North America", "US"}, {"North America", "CA"}, {"APAC", "JP"}, {"APAC", "AU"}};
    private static final String[] PREFIXES = {"Northwind", "Contoso", "Fabrikam", "Tailspin", "Wingtip", "Litware",
        "Proseware", "Adatum", "Lucerne", "Margie's", "Trey", "Woodgrove", "Humongous", "Blue Yonder", "Alpine",
        "Coho", "Fourth Coffee", "Graphic Design", "Relecloud", "Southridge"};
    private static final String[] SUFFIXES = {"Logistics", "Industries", "Health", "Bank", "Retail", "Systems",
        "Energy", "Telecom"};

    private final UserService users;
    private final AccountService accounts;
    private final boolean enabled;

    public DemoData(UserService users, AccountService accounts,
            @ConfigProperty(name = "stratum.demo-data", defaultValue = "false") boolean enabled) {
        this.users = users;
        this.accounts = accounts;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            seed();
        }
    }

    @Transactional
    void seed() {
        if (User.count() > 0) {
            LOG.info("Demo data skipped: the database already has users.");
            return;
        }
        Random random = new Random(42);
        users.create(new UserInput("Avery Admin", "admin@stratum.demo", Role.ADMIN, true));
        users.create(new UserInput("Morgan Lead", "sales.manager@stratum.demo", Role.MANAGER, true));
        List<UUID> owners = new ArrayList<>();
        for (String name : MANAGERS) {
            String email = name.toLowerCase().replaceAll("[^a-z ]", "").replace(' ', '.') + "@stratum.demo";
            UserView manager = users.create(new UserInput(name, email, Role.ACCOUNT_MANAGER, true));
            owners.add(manager.id());
        }
        List<UUID> parents = new ArrayList<>();
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
                    BigDecimal.valueOf(5_000_000L + random.nextInt(900_000_000)), BigDecimal.valueOf(arr), lifecycle,
                    LocalDate.now().plusDays(20 + random.nextInt(500)), parent, owners.get(i % owners.size()), tier,
                    i % 3 == 0 ? List.of("expansion") : List.of(), null, null));
            if (tier == Tier.STRATEGIC) {
                parents.add(account.id());
            }
        }
        LOG.infof("Demo data: %d users and 60 accounts created.", MANAGERS.length + 2);
    }
}
