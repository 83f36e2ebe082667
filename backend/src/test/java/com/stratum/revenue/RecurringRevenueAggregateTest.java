package com.stratum.revenue;

import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static com.stratum.support.RevenueData.line;
import static com.stratum.support.RevenueData.months;
import static com.stratum.support.RevenueData.product;
import static com.stratum.support.RevenueData.run;
import static com.stratum.support.RevenueData.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * recurring_revenue_12m (V32) is kept by statement-level triggers on revenue_line and product; whatever the lines go
 * through, it must equal recurring_revenue_12m_computed, the same figures computed from the lines.
 */
@QuarkusTest
class RecurringRevenueAggregateTest {
    private static final LocalDate JAN = LocalDate.of(2024, 1, 1);

    /** Rows of the table and the recomputation that differ, for these accounts. */
    private static long differences(List<String> accounts) {
        String ids = String.join(",", accounts);
        return ((Number) single("""
                select count(*) from (
                    (select window_end, account_id, amount from recurring_revenue_12m where account_id::text = any(string_to_array(?1, ','))
                     except all
                     select window_end, account_id, amount from recurring_revenue_12m_computed where account_id::text = any(string_to_array(?1, ',')))
                    union all
                    (select window_end, account_id, amount from recurring_revenue_12m_computed where account_id::text = any(string_to_array(?1, ','))
                     except all
                     select window_end, account_id, amount from recurring_revenue_12m where account_id::text = any(string_to_array(?1, ',')))) d""",
                ids)).longValue();
    }

    private static long rows(String account) {
        return ((Number) single("select count(*) from recurring_revenue_12m where account_id = ?1",
                UUID.fromString(account))).longValue();
    }

    @Test
    void theAggregateEqualsARecomputationAfterInsertsUpdatesAndDeletes() {
        String owner = accountManager();
        String a = account(owner, "STANDARD");
        String b = account(owner, "STANDARD");
        List<String> both = List.of(a, b);
        UUID subscription = product(true);
        UUID support = product(true);
        UUID services = product(false);

        months(a, subscription, JAN, "100.00");
        months(b, subscription, JAN.plusMonths(6), "40.50");
        line(a, services, JAN.plusMonths(2), "999.99");
        assertThat(differences(both)).isZero();
        // A line of January 2024 counts in the windows ending February 2024 to January 2025.
        assertThat(single("select amount from recurring_revenue_12m where account_id = ?1 and window_end = ?2",
                UUID.fromString(a), LocalDate.of(2025, 1, 1)).toString()).isEqualTo("1200.00");

        // One statement inserting and updating lines at once, as the batch ingest does (INSERT ... ON CONFLICT).
        run("""
                insert into revenue_line (account_id, product_id, period, quantity, amount, currency, source, updated_at)
                select ?1, p, m, 1, 77.00, (select currency from company_settings), 'test', now()
                  from unnest(array[?2, ?3]::uuid[]) p, generate_series(cast(?4 as date), cast(?4 as date) + interval '3 months',
                       interval '1 month') m
                on conflict (account_id, product_id, period) do update set amount = excluded.amount""",
                UUID.fromString(a), subscription, support, JAN.plusMonths(10));
        assertThat(differences(both)).isZero();

        // An update moving lines to another account and month.
        run("update revenue_line set account_id = ?1, period = period + interval '2 years' where account_id = ?2"
                + " and product_id = ?3 and period < ?4", UUID.fromString(b), UUID.fromString(a), subscription,
                JAN.plusMonths(3));
        assertThat(differences(both)).isZero();

        // A product stops being recurring, then is again.
        run("update product set recurring = false where id = ?1", support);
        assertThat(differences(both)).isZero();
        run("update product set recurring = true where id = ?1", support);
        assertThat(differences(both)).isZero();

        // Deleting every line leaves nothing behind.
        run("delete from revenue_line where account_id = ?1", UUID.fromString(a));
        assertThat(differences(both)).isZero();
        assertThat(rows(a)).isZero();
        run("delete from revenue_line where account_id = ?1", UUID.fromString(b));
        assertThat(rows(b)).isZero();
    }

    @Test
    void theRebuildWritesTheSameFigures() {
        String a = account(accountManager(), "STANDARD");
        UUID subscription = product(true);
        months(a, subscription, JAN, "12.34");
        long before = rows(a);
        single("select 1 from (select rebuild_recurring_revenue_12m()) rebuilt");
        assertThat(rows(a)).isEqualTo(before).isEqualTo(23);
        assertThat(differences(List.of(a))).isZero();
    }
}
