package com.stratum.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Time comes from the injected Clock (ClockProducer), so that every rule about dates can be tested. */
class InjectedClockTest {
    private static final Path MAIN = Path.of("src", "main", "java");
    /** now() with anything but the injected clock, or a system clock made anywhere but in the producer. */
    private static final Pattern SYSTEM_TIME = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|OffsetDateTime|ZonedDateTime|Year|YearMonth)"
                    + "\\.now\\((?!clock\\))|\\bClock\\.system(UTC|DefaultZone)?\\(|System\\.currentTimeMillis\\(\\)"
                    + "|new (java\\.util\\.)?Date\\(\\)");

    @Test
    void mainCodeReadsTheTimeOnlyFromTheInjectedClock() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.endsWith(Path.of("com", "stratum", "common", "ClockProducer.java")))
                    .flatMap(file -> {
                        try {
                            List<String> lines = Files.readAllLines(file);
                            return IntStream.range(0, lines.size())
                                    .filter(i -> SYSTEM_TIME.matcher(lines.get(i)).find())
                                    .mapToObj(i -> MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        }
        assertThat(offenders).as("inject java.time.Clock and pass it to now(clock)").isEmpty();
    }

    @Test
    void thePatternFindsWhatItLooksFor() {
        assertThat(SYSTEM_TIME.matcher("LocalDate today = LocalDate.now();").find()).isTrue();
        assertThat(SYSTEM_TIME.matcher("Instant at = Instant.now();").find()).isTrue();
        assertThat(SYSTEM_TIME.matcher("LocalDate today = LocalDate.now(ZoneOffset.UTC);").find()).isTrue();
        assertThat(SYSTEM_TIME.matcher("return Clock.systemUTC();").find()).isTrue();
        assertThat(SYSTEM_TIME.matcher("LocalDate today = LocalDate.now(clock);").find()).isFalse();
    }
}
