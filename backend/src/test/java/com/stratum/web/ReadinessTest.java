package com.stratum.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows the database: when every pooled connection dies at once (as in a database restart), the
 * readiness probe is UP again within two seconds. Only this test database's own connections are ended.
 */
@QuarkusTest
class ReadinessTest {
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void readinessIsUpWithinTwoSecondsAfterThePooledConnectionsDie() throws Exception {
        String token = Api.adminToken();
        // Concurrent requests leave several idle connections in the pool: CSV exports, which do not take turns as
        // other reads do (RequestGate), so that more of them hold a connection at once than reads run at once.
        List<CompletableFuture<Void>> load = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            load.add(CompletableFuture.runAsync(() -> {
                for (int n = 0; n < 4; n++) {
                    given().header("Authorization", "Bearer " + token).get("/api/v1/accounts?format=csv&q=readiness")
                            .then().statusCode(200);
                }
            }));
        }
        CompletableFuture.allOf(load.toArray(CompletableFuture[]::new)).get();
        given().get("/q/health/ready").then().statusCode(200);

        try (Connection admin = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = admin.createStatement()) {
            ResultSet ended = statement.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where datname = current_database() and pid <> pg_backend_pid()");
            ended.next();
            assertThat(ended.getInt(1)).as("pooled connections ended").isGreaterThanOrEqualTo(6);
        }
        long start = System.nanoTime();
        long deadline = start + Duration.ofMillis(2_000).toNanos();
        int status = given().get("/q/health/ready").statusCode();
        // Probed every half second, as an orchestrator would: each probe itself discards one dead connection.
        while (status != 200 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos()); // probe interval, bounded by the deadline
            status = given().get("/q/health/ready").statusCode();
        }
        assertThat(status).as("readiness %d ms after the connections died",
                Duration.ofNanos(System.nanoTime() - start).toMillis()).isEqualTo(200);
    }
}
