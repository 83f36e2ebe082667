package com.stratum.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Client faults are not our errors: clients that drop the connection mid-body and chunked bodies over the
 * limit leave no ERROR and no stack trace in the log, only a bounded number of WARN lines.
 */
@QuarkusTest
class ClientFaultLogTest {
    private static final String ABORTED = "body-aborted";
    private static final String GONE = "client-gone";
    private static final String TOO_LARGE = "body-too-large";

    @TestHTTPResource("/")
    URL base;

    @Inject
    ClientFaults faults;

    @Inject
    RequestGate gate;

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void abortedAndOversizedBodiesLogAtMostOneWarningPerKind() throws Exception {
        long abortedBefore = faults.seen(ABORTED) + faults.seen(GONE);
        long tooLargeBefore = faults.seen(TOO_LARGE);
        // Fifty clients that drop the connection mid-body, from five addresses (ten each, within the cap).
        for (int i = 0; i < 50; i++) {
            try (Socket socket = RawHttp.open(base, "127.0.0." + (30 + i % 5))) {
                socket.getOutputStream().write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type:"
                        + " application/json\r\nContent-Length: 200\r\n\r\n{\"email\":").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }
        }
        // Five chunked bodies over the limit.
        for (int i = 0; i < 5; i++) {
            RawHttp.Answer answer = RawHttp.exchange(base, ("POST /api/v1/accounts HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII), oversizedChunks());
            assertThat(answer.status()).isEqualTo(413);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (faults.seen(ABORTED) + faults.seen(GONE) < abortedBefore + 50 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos()); // poll interval, bounded by the deadline
        }
        assertThat(faults.seen(ABORTED) + faults.seen(GONE)).isEqualTo(abortedBefore + 50);
        assertThat(faults.seen(TOO_LARGE)).isEqualTo(tooLargeBefore + 5);
        for (int i = 0; i < 5; i++) {
            assertThat(gate.inFlight("127.0.0." + (30 + i))).as("nothing stays counted").isZero();
        }

        assertThat(records).as("no ERROR for client faults")
                .noneMatch(r -> r.getLevel().intValue() > Level.WARNING.intValue());
        assertThat(records).as("no stack traces").allMatch(r -> r.getThrown() == null);
        assertThat(records).as("WARN lines only from the rate-limited client fault log")
                .allMatch(r -> ClientFaults.class.getName().equals(r.getLoggerName()));
        assertThat(records.stream().filter(r -> messageOf(r).contains(ABORTED))).hasSizeLessThanOrEqualTo(1);
        assertThat(records.stream().filter(r -> messageOf(r).contains(GONE))).hasSizeLessThanOrEqualTo(1);
        assertThat(records.stream().filter(r -> messageOf(r).contains(TOO_LARGE))).hasSizeLessThanOrEqualTo(1);
    }

    private static String messageOf(LogRecord record) {
        Object[] parameters = record.getParameters();
        return record.getMessage() + (parameters == null ? "" : List.of(parameters).toString());
    }

    private static byte[] oversizedChunks() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] data = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 20; i++) {
            out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(data);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }
}
