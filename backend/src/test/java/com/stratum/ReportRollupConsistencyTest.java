package com.stratum;

import static com.stratum.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.support.Fixtures;
import com.stratum.support.Surveys;
import com.stratum.support.TestClock;
import com.stratum.survey.NpsBands;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The running totals behind the reports (V8, kept by triggers) must always equal what rebuild_report_rollups()
 * computes from the source rows, and the paths that aggregate source rows (reports filtered to owners) must agree
 * with the paths that read the totals. A scripted sequence through the API touches every trigger path first.
 */
@QuarkusTest
class ReportRollupConsistencyTest {
    /** Closes and answers land on a day far from every other test's, so report windows isolate this test. */
    private static final Duration FAR_AHEAD = Duration.ofDays(11_000);

    private static final List<String> TOTALS = List.of(
            "select tier, type, stage, sum(count), sum(amount), sum(weighted) from pipeline_open_total"
                    + " group by 1, 2, 3 having sum(count) <> 0 or sum(amount) <> 0 or sum(weighted) <> 0"
                    + " order by 1, 2, 3",
            "select day, tier, type, stage, sum(count), sum(amount) from pipeline_closed_day"
                    + " group by 1, 2, 3, 4 having sum(count) <> 0 or sum(amount) <> 0 order by 1, 2, 3, 4",
            "select day, tier, qbrs, failing, nps_answers, promoters, detractors from qbr_day_total"
                    + " where qbrs <> 0 or failing <> 0 or nps_answers <> 0 or promoters <> 0 or detractors <> 0"
                    + " order by 1, 2",
            "select day, tier, grade, answers from grade_day_total where answers <> 0 order by 1, 2, 3");

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void liveTotalsEqualTheRebuildAndOwnerFilteredReportsEqualTheTotals() throws SQLException {
        Map<String, Object> openBefore = pipeline(Map.of());
        String owner = Fixtures.accountManager();
        String standard = Fixtures.account(owner, "STANDARD");
        String key = Fixtures.account(owner, "KEY");
        List<String> qbrs = List.of(Surveys.schedule(standard), Surveys.schedule(key), Surveys.schedule(standard));
        String won = Fixtures.opportunity(standard, "UPSELL", 10_000, "2031-03-31");
        String lostTwice = Fixtures.opportunity(standard, "CROSS_SELL", 5_000, "2031-03-31");
        String deleted = Fixtures.opportunity(key, "RENEWAL", 3_000, "2031-03-31");
        String open = Fixtures.opportunity(key, "UPSELL", 1_234.56, "2031-03-31");

        clock.advance(FAR_AHEAD);
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (String stage : List.of("QUALIFIED", "PROPOSAL", "WON")) {
            Fixtures.moveStage(won, stage);
        }
        Fixtures.moveStage(lostTwice, "LOST");
        api().body(Map.of("reason", "They came back")).post("/api/v1/opportunities/{id}/reopen", lostTwice)
                .then().statusCode(200);
        api().body(Map.of("amount", 7_777.77, "type", "RENEWAL", "probability", 33))
                .patch("/api/v1/opportunities/{id}", lostTwice).then().statusCode(200);
        Fixtures.moveStage(lostTwice, "LOST");
        api().body(Map.of("probability", 40)).patch("/api/v1/opportunities/{id}", deleted).then().statusCode(200);
        api().delete("/api/v1/opportunities/{id}", deleted).then().statusCode(204);
        Fixtures.moveStage(open, "NEGOTIATION");
        api().body(Map.of("amount", 2_000.01)).patch("/api/v1/opportunities/{id}", open).then().statusCode(200);

        answer(qbrs.get(0), Surveys.answers("C", "D", "B", "A", 3));
        answer(qbrs.get(1), Surveys.answers("A", "A-", "B+", "B", 10));
        changeTier(standard, "KEY");
        answer(qbrs.get(2), Surveys.answers("B-", "C+", "F", "A+", 7));
        changeTier(standard, "STANDARD");
        changeTier(key, "STRATEGIC");

        List<List<List<Object>>> live = totals();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select rebuild_report_rollups()");
        }
        assertThat(totals()).as("live totals against rebuild_report_rollups()").isEqualTo(live);

        // Only this test closes and answers on that day: the portfolio-wide totals path and the owner path must agree.
        Map<String, Object> window = Map.of("from", day.toString(), "to", day.toString());
        Map<String, Object> grades = report("/api/v1/reports/grades", window);
        assertThat(grades.get("answeredQbrs")).isEqualTo(3);
        assertThat(report("/api/v1/reports/grades", with(window, "ownerId", owner))).isEqualTo(grades);
        Map<String, Object> pipeline = pipeline(window);
        Map<String, Object> ownersPipeline = pipeline(with(window, "ownerId", owner));
        for (String closed : List.of("won", "lost", "wonByType", "winRate")) {
            assertThat(ownersPipeline.get(closed)).as(closed).isEqualTo(pipeline.get(closed));
        }
        assertThat(((Map<?, ?>) pipeline.get("won")).get("count")).isEqualTo(1);
        assertThat(((Map<?, ?>) pipeline.get("lost")).get("count")).isEqualTo(1);
        // Open opportunities have no window: what the totals gained is exactly what the owner has open.
        assertThat(ownersPipeline.get("open")).isEqualTo(difference(pipeline.get("open"), openBefore.get("open")));
        assertThat(((Map<?, ?>) ownersPipeline.get("open")).get("weightedAmount")).isEqualTo(new BigDecimal("1500.01"));
    }

    @Test
    void theDatabasesNpsGroupsAreTheOnesPublishedToTheSpa() throws SQLException {
        NpsBands published = NpsBands.fromMigrations();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (int score = 0; score <= 10; score++) {
                try (ResultSet result = statement.executeQuery("select nps_promoter(" + score + "), nps_detractor("
                        + score + ")")) {
                    result.next();
                    assertThat(result.getBoolean(1)).as("promoter " + score)
                            .isEqualTo(score >= published.promoterMin());
                    assertThat(result.getBoolean(2)).as("detractor " + score)
                            .isEqualTo(score <= published.detractorMax());
                }
            }
        }
    }

    private static void answer(String qbr, Map<String, Object> answers) {
        api().body(answers).post("/api/v1/qbrs/{id}/responses", qbr).then().statusCode(201);
    }

    private static void changeTier(String account, String tier) {
        api().body(Fixtures.tierChange(tier, "Consistency check")).put("/api/v1/accounts/{id}/tier", account)
                .then().statusCode(200);
    }

    private static Map<String, Object> pipeline(Map<String, Object> query) {
        return report("/api/v1/pipeline/summary", query);
    }

    private static Map<String, Object> report(String path, Map<String, Object> query) {
        return new JsonPath(api().queryParams(query).get(path).then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).getMap("$");
    }

    private static Map<String, Object> with(Map<String, Object> query, String name, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(query);
        copy.put(name, value);
        return copy;
    }

    /** Open totals after minus before: {count, amount, weightedAmount}. */
    private static Map<String, Object> difference(Object after, Object before) {
        Map<?, ?> a = (Map<?, ?>) after;
        Map<?, ?> b = (Map<?, ?>) before;
        return Map.of("count", (Integer) a.get("count") - (Integer) b.get("count"), "amount", minus(a, b, "amount"),
                "weightedAmount", minus(a, b, "weightedAmount"));
    }

    private static BigDecimal minus(Map<?, ?> after, Map<?, ?> before, String name) {
        return ((BigDecimal) after.get(name)).subtract((BigDecimal) before.get(name));
    }

    private List<List<List<Object>>> totals() throws SQLException {
        List<List<List<Object>>> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : TOTALS) {
                List<List<Object>> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery(sql)) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            row.add(result.getString(i));
                        }
                        rows.add(row);
                    }
                }
                tables.add(rows);
            }
        }
        return tables;
    }
}
