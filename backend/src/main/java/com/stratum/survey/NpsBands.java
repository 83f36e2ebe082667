package com.stratum.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The NPS groups on the 0–10 "would you recommend us" scale: promoters score at least {@code promoterMin},
 * detractors at most {@code detractorMax}. Their one definition is SQL, the functions nps_promoter() and
 * nps_detractor() that every grade report counts with (migration V11). The rules document for the SPA reads them
 * from the migrations, the latest definition winning, so no other file repeats the numbers;
 * ReportRollupConsistencyTest holds this reading to the database's functions.
 */
public record NpsBands(int promoterMin, int detractorMax) {
    private static final String MIGRATIONS = "db/migration";
    private static final Pattern PROMOTER = definition("nps_promoter", ">=");
    private static final Pattern DETRACTOR = definition("nps_detractor", "<=");
    private static final Pattern VERSION = Pattern.compile("^V(\\d+)__.*\\.sql$");

    /** The bands as the migrations on the class path define them. */
    public static NpsBands fromMigrations() {
        List<String> scripts = migrations();
        return new NpsBands(latest(scripts, PROMOTER), latest(scripts, DETRACTOR));
    }

    private static Pattern definition(String function, String operator) {
        return Pattern.compile("create\\s+(?:or\\s+replace\\s+)?function\\s+" + function
                + "\\s*\\(\\s*score\\s+integer\\s*\\)[^$]*\\$\\$\\s*select\\s+score\\s*" + Pattern.quote(operator)
                + "\\s*(\\d+)\\s*;?\\s*\\$\\$", Pattern.CASE_INSENSITIVE);
    }

    private static int latest(List<String> scripts, Pattern definition) {
        Integer found = null;
        for (String script : scripts) {
            Matcher matcher = definition.matcher(script);
            while (matcher.find()) {
                found = Integer.valueOf(matcher.group(1));
            }
        }
        if (found == null) {
            throw new IllegalStateException("no migration defines " + definition.pattern());
        }
        return found;
    }

    /** The migration scripts' text, oldest version first. */
    private static List<String> migrations() {
        URL location = NpsBands.class.getClassLoader().getResource(MIGRATIONS);
        if (location == null) {
            throw new IllegalStateException(MIGRATIONS + " is not on the class path");
        }
        try {
            URI uri = location.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath(MIGRATIONS));
                }
            }
            return read(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> VERSION.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(NpsBands::version)).map(NpsBands::text).toList();
        }
    }

    private static int version(Path script) {
        Matcher matcher = VERSION.matcher(script.getFileName().toString());
        matcher.matches();
        return Integer.parseInt(matcher.group(1));
    }

    private static String text(Path script) {
        try {
            return Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
