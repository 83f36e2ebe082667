package com.stratum.accountevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V23 moves the opportunities' inline compelling events onto their accounts: the schema is migrated to V20 (the last before V23) in a
 * schema of its own, given opportunities with and without an inline event as older versions stored them, then
 * migrated on; each event becomes an account event, OPPORTUNITY_CREATED, that the opportunity references.
 */
class CompellingEventMigrationTest {
    private static final String SCHEMA = "v23_migration_check";
    private static final String URL = System.getenv().getOrDefault("STRATUM_TEST_JDBC_URL",
            "jdbc:postgresql://127.0.0.1:5432/stratum_test");

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA
                + ",public", "stratum", "stratum");
    }

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA
                        + ",public", "stratum", "stratum").locations("classpath:db/migration")
                // V42's tier budgets, as application.properties gives them to the app's own migration.
                .placeholders(java.util.Map.of("key_budget_pct", "10", "strategic_budget_pct", "2"))
                .schemas(SCHEMA).target(target).load();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void inlineCompellingEventsBecomeAccountEventsTheOpportunitiesReference() throws SQLException {
        dropSchema();
        flyway("20").migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into account (id, name, tier, next_qbr_due, created_at, updated_at)
                    values ('00000000-0000-4000-8000-0000000000a1', 'Northwind', 'STANDARD', current_date + 90, now(), now());
                    insert into opportunity (id, account_id, type, title, amount, stage, probability,
                                             expected_close_date, event_type, event_occurred_on, event_description,
                                             created_at, updated_at)
                    values ('00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000a1', 'UPSELL',
                            'With a dated event', 1000, 'IDENTIFIED', 10, '2027-01-31', 'FUNDING_ROUND',
                            '2026-10-01', 'Series C', '2026-10-05T10:00:00Z', now()),
                           ('00000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-0000000000a1', 'UPSELL',
                            'With an undated event', 1000, 'IDENTIFIED', 10, '2027-01-31', 'NEW_EXECUTIVE', null, null,
                            '2026-11-02T10:00:00Z', now()),
                           ('00000000-0000-4000-8000-0000000000b3', '00000000-0000-4000-8000-0000000000a1', 'UPSELL',
                            'Without an event', 1000, 'IDENTIFIED', 10, '2027-01-31', null, null, null, now(), now());
                    """);
        }
        flyway("latest").migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            ResultSet rows = s.executeQuery("""
                    select o.title, e.account_id::text, e.type, e.occurred_on::text, e.description, e.status,
                           e.source, e.opportunity_id = o.id, e.reviewed_at is not null
                      from opportunity o left join account_event e on e.id = o.compelling_event_id
                     order by o.title""");
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= 9; i++) {
                    row.add(rows.getString(i));
                }
                found.add(String.join("|", row));
            }
            String account = "00000000-0000-4000-8000-0000000000a1";
            assertThat(found).containsExactly(
                    "With a dated event|" + account + "|FUNDING_ROUND|2026-10-01|Series C|OPPORTUNITY_CREATED|MANUAL|t|t",
                    "With an undated event|" + account + "|NEW_EXECUTIVE|2026-11-02|null|OPPORTUNITY_CREATED|MANUAL|t|t",
                    "Without an event|null|null|null|null|null|null|null|f");
            ResultSet count = s.executeQuery("select count(*) from account_event");
            count.next();
            assertThat(count.getInt(1)).isEqualTo(2);
        }
    }
}
