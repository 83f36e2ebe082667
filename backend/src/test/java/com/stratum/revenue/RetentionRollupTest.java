package com.stratum.revenue;

import static com.stratum.revenue.Revenue.line;
import static com.stratum.revenue.Revenue.send;
import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.RevenueData.run;
import static com.stratum.support.RevenueData.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.stratum.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The retention report reads two rollups (V52): the figures per (window, owner, tier) as deltas and the cohort
 * accounts that lost revenue, for the windows kept (retention_window). Whatever the lines and accounts go through, both must equal their recomputation from
 * recurring_revenue_12m and account (retention_group_computed, retention_loss_computed), and the report must show a
 * known portfolio's figures.
 */
@QuarkusTest
class RetentionRollupTest {
    private static final YearMonth THIS_MONTH = YearMonth.now(ZoneOffset.UTC);
    private static final int YEAR = THIS_MONTH.getYear() - 1;
    private static final YearMonth STARTING = YearMonth.of(YEAR - 1, 1);
    private static final YearMonth MEASURED = YearMonth.of(YEAR, 1);

    @Inject
    RetentionCompaction compaction;

    /** Rows of both rollups and their recomputation that differ, for these owners' accounts. */
    private static long differences(List<String> owners) {
        String ids = String.join(",", owners);
        String groups = """
                select measured_end, owner_id, tier, sum(cohort_accounts), sum(starting_revenue),
                       sum(retained_revenue), sum(ending_revenue), sum(churned_accounts), sum(churned_revenue),
                       sum(contracted_accounts), sum(contraction_revenue), sum(expanded_accounts),
                       sum(expansion_revenue), sum(new_accounts), sum(new_revenue)
                  from %s where owner_id::text = any(string_to_array(?1, ','))
                   and measured_end in (select measured_end from retention_window)
                 group by measured_end, owner_id, tier having sum(cohort_accounts) + sum(new_accounts) > 0""";
        String losses = """
                select measured_end, account_id, owner_id, tier, starting, ending
                  from %s where owner_id::text = any(string_to_array(?1, ','))
                   and measured_end in (select measured_end from retention_window)""";
        long different = 0;
        for (String[] tables : List.of(new String[] {groups, "retention_group_delta", "retention_group_computed"},
                new String[] {losses, "retention_loss", "retention_loss_computed"})) {
            String kept = tables[0].formatted(tables[1]);
            String computed = tables[0].formatted(tables[2]);
            different += ((Number) single("select count(*) from ((" + kept + " except all " + computed
                    + ") union all (" + computed + " except all " + kept + ")) d", ids)).longValue();
        }
        return different;
    }

    private static long groupRows(String owner, String tier) {
        return ((Number) single("select count(*) from retention_group_delta where owner_id = ?1 and tier = ?2",
                UUID.fromString(owner), tier)).longValue();
    }

    private static List<Map<String, Object>> months(String account, String sku, YearMonth from, int count,
            double amount) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(line(account, sku, from.plusMonths(i), 1, amount));
        }
        return lines;
    }

    @Test
    void theRollupsEqualARecomputationWhateverTheLinesAndAccountsGoThrough() {
        String first = accountManager();
        String second = accountManager();
        List<String> owners = List.of(first, second);
        String subscription = Revenue.product("Platform", true)[1];
        String support = Revenue.product("Support", true)[1];
        String services = Revenue.product("Services", false)[1];
        String churned = account(first, "STANDARD");
        String contracted = account(first, "STANDARD");
        String expanded = account(first, "KEY");
        String fresh = account(second, "STANDARD");
        // The windows measured from January of the year to January after it are kept from now on; the current
        // year's (trailing) window is first asked for at the end, after every change.
        single("select count(*) from (select retention_window_add(cast(m as date))"
                + " from generate_series(cast(?1 as date), cast(?2 as date), interval '1 month') m) kept",
                MEASURED.atDay(1), MEASURED.plusMonths(12).atDay(1));

        List<Map<String, Object>> lines = new ArrayList<>();
        lines.addAll(months(churned, subscription, STARTING, 12, 100));
        lines.addAll(months(contracted, subscription, STARTING, 24, 100));
        lines.addAll(months(contracted, support, STARTING, 12, 30));
        lines.addAll(months(expanded, subscription, STARTING, 24, 100));
        lines.addAll(months(expanded, support, MEASURED, 12, 40));
        lines.addAll(months(fresh, subscription, MEASURED.plusMonths(6), 6, 80));
        lines.addAll(months(fresh, services, MEASURED, 12, 999));
        send(lines).then().statusCode(200);
        assertThat(differences(owners)).isZero();
        // Known portfolio: starting 3 × 1,200 + 360 = 3,960; kept 0 + 1,200 + 1,200 = 2,400; ending 0 + 1,200 +
        // 1,680 = 2,880; the contracted account lost its support (360), the churned one 1,200.
        api().queryParam("year", YEAR).queryParam("ownerId", first).get("/api/v1/reports/retention").then()
                .statusCode(200).body("totals.cohortAccounts", equalTo(3))
                .body("totals.startingRevenue", equalTo(3960.0f)).body("totals.retainedRevenue", equalTo(2400.0f))
                .body("totals.endingRevenue", equalTo(2880.0f)).body("totals.churnedAccounts", equalTo(1))
                .body("totals.contractedAccounts", equalTo(1)).body("totals.contractionRevenue", equalTo(360.0f))
                .body("totals.expandedAccounts", equalTo(1)).body("totals.expansionRevenue", equalTo(480.0f))
                .body("largestLosses.accountId", equalTo(List.of(churned, contracted)));

        // An ingest that changes lines of both periods (updated and created at once).
        List<Map<String, Object>> changes = new ArrayList<>();
        changes.addAll(months(contracted, subscription, MEASURED, 12, 50));
        changes.addAll(months(churned, support, MEASURED.plusMonths(11), 1, 10));
        changes.addAll(months(fresh, subscription, STARTING.plusMonths(3), 1, 5));
        send(changes).then().statusCode(200);
        assertThat(differences(owners)).isZero();
        api().queryParam("year", YEAR).queryParam("ownerId", first).get("/api/v1/reports/retention").then()
                .statusCode(200).body("totals.churnedAccounts", equalTo(0))
                .body("totals.endingRevenue", equalTo(2290.0f))
                .body("largestLosses.accountId", equalTo(List.of(churned, contracted)));
        api().queryParam("year", YEAR).queryParam("ownerId", second).get("/api/v1/reports/retention").then()
                .statusCode(200).body("totals.cohortAccounts", equalTo(1)).body("totals.newAccounts", equalTo(0))
                .body("totals.expandedAccounts", equalTo(1));

        // An archived account still counts (the report groups accounts by owner and tier, archived or not).
        api().delete("/api/v1/accounts/{id}", churned).then().statusCode(204);
        assertThat(differences(owners)).isZero();

        // An owner change moves the account's figures and losses to the new owner.
        api().contentType("application/merge-patch+json").body(Map.of("ownerId", second))
                .patch("/api/v1/accounts/{id}", contracted).then().statusCode(200);
        assertThat(differences(owners)).isZero();
        api().queryParam("year", YEAR).queryParam("ownerId", second).get("/api/v1/reports/retention").then()
                .statusCode(200).body("totals.cohortAccounts", equalTo(2))
                .body("largestLosses.accountId", equalTo(List.of(contracted)));

        // A tier change moves them to the new tier.
        api().body(Fixtures.tierChange("STRATEGIC", "Rollup check")).put("/api/v1/accounts/{id}/tier", expanded)
                .then().statusCode(200);
        assertThat(differences(owners)).isZero();
        api().queryParam("year", YEAR).queryParam("ownerId", first).queryParam("tier", "STRATEGIC")
                .get("/api/v1/reports/retention").then().statusCode(200)
                .body("totals.cohortAccounts", equalTo(1)).body("byTier.tier", equalTo(List.of("STRATEGIC")));

        // A product stops being recurring; lines are deleted.
        run("update product set recurring = false where sku = ?1", support);
        assertThat(differences(owners)).isZero();
        run("delete from revenue_line where account_id = ?1", UUID.fromString(fresh));
        assertThat(differences(owners)).isZero();

        // Folding the deltas changes no figure and leaves one row per window and group.
        compaction.compact();
        assertThat(differences(owners)).isZero();
        assertThat(((Number) single("""
                select count(*) from (select 1 from retention_group_delta where owner_id = ?1
                 group by measured_end, owner_id, tier having count(*) > 1) d""", UUID.fromString(first)))
                .longValue()).isZero();
        assertThat(groupRows(first, "KEY")).isZero();
        assertThat(groupRows(second, "STANDARD")).isPositive();

        // A window first asked for now is written whole, as the recomputation.
        api().queryParam("ownerId", second).get("/api/v1/reports/retention").then().statusCode(200);
        assertThat(single("select count(*) from retention_window where measured_end = ?1",
                THIS_MONTH.atDay(1))).isEqualTo(1L);
        assertThat(differences(owners)).isZero();

        // The rebuild writes the same figures.
        single("select 1 from (select rebuild_retention_rollups()) rebuilt");
        assertThat(differences(owners)).isZero();
    }
}
