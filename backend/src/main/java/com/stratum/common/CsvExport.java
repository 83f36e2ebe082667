package com.stratum.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A list as CSV (RFC 4180, UTF-8, CRLF): every row the list's filters match, in the list's order, with no page
 * limit, streamed from a database cursor (a fetch size of rows at a time, the persistence context cleared as it
 * goes), so memory stays bounded whatever the size. The columns are named in the contract: each list declares them
 * once with the text its annotation shows, and {@link #columns} refuses to start when the two differ. A text cell
 * starting with =, +, -, @, a tab or a carriage return is prefixed with ' so that a spreadsheet does not run it as a
 * formula (OWASP's CSV injection advice); numbers are written as they are.
 */
@ApplicationScoped
public class CsvExport {
    public static final String MEDIA_TYPE = "text/csv";
    /** The format query parameter's description. */
    public static final String FORMAT = "csv: the whole filtered list as CSV (as Accept: text/csv); no paging.";
    /** Rows flushed per batch: the persistence context is cleared after each. */
    static final int BATCH = 500;

    private final EntityManager em;
    private final int fetchSize;

    public CsvExport(EntityManager em, @ConfigProperty(name = "stratum.csv.fetch-size", defaultValue = "500")
            int fetchSize) {
        this.em = em;
        this.fetchSize = fetchSize;
    }

    /** One column: its name in the header row and its value in a row. */
    public record Column<V>(String name, Function<V, Object> value) {
    }

    /** The columns of a list, in order. */
    public record Columns<V>(List<Column<V>> list) {
        public String header() {
            return list.stream().map(c -> cell(c.name())).collect(Collectors.joining(","));
        }
    }

    /**
     * The columns named by {@code documented} (the comma list the contract shows), each the property of the view
     * record with that name: the CSV says what the JSON list says. A name the record does not have stops the
     * application at start.
     */
    public static <V extends Record> Columns<V> columns(String documented, Class<V> view) {
        Map<String, RecordComponent> components = new java.util.HashMap<>();
        for (RecordComponent component : view.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        List<Column<V>> columns = new java.util.ArrayList<>();
        for (String name : documented.split(",")) {
            RecordComponent component = components.get(name.trim());
            if (component == null) {
                throw new IllegalStateException(view.getSimpleName() + " has no property " + name);
            }
            Method accessor = component.getAccessor();
            columns.add(new Column<>(name.trim(), row -> {
                try {
                    return accessor.invoke(row);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        return new Columns<>(List.copyOf(columns));
    }

    /** The contract's description of a list's text/csv response. */
    public static String describe(String documented) {
        return "The whole filtered list as CSV (RFC 4180, UTF-8, a header row), in the list's order, with no paging."
                + " Columns: " + documented + ".";
    }

    /** True when the client asked for CSV: format=csv, or text/csv preferred by Accept over JSON. */
    public static boolean wanted(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            if (format.trim().equalsIgnoreCase("csv")) {
                return true;
            }
            if (format.trim().equalsIgnoreCase("json")) {
                return false;
            }
            throw ApiProblem.badParameter("format", "must be csv or json (or left out: the Accept header decides)");
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(MEDIA_TYPE)) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The response: every row of {@code list} matching {@code filters} in {@code keyset}'s order, each turned into
     * its API view by {@code view} and written as {@code columns}. The rows are read when the body is written, in a
     * transaction of their own, after {@code prepare} (a list's planner settings) has run in it.
     */
    public <T, V> Response response(String fileName, Paging.Query<T> list, QueryBuilder filters, Keyset<T> keyset,
            Function<List<T>, List<V>> views, Columns<V> columns, Consumer<EntityManager> prepare) {
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    prepare.accept(em);
                    write(writer, list, filters, keyset, views, columns);
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
        return Response.ok(body, MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"").build();
    }

    private <T, V> void write(Writer writer, Paging.Query<T> list, QueryBuilder filters, Keyset<T> keyset,
            Function<List<T>, List<V>> views, Columns<V> columns) {
        try {
            writer.write(columns.header());
            writer.write("\r\n");
            try (Stream<?> rows = filters.create(em, "select " + list.select() + " from " + list.from()
                            + filters.where() + " order by " + keyset.orderBy(), list.resultType())
                    .setHint("org.hibernate.fetchSize", fetchSize).setHint("org.hibernate.readOnly", true)
                    .getResultStream()) {
                var batch = new java.util.ArrayList<T>(BATCH);
                var iterator = rows.iterator();
                while (iterator.hasNext()) {
                    batch.add(list.row().apply(iterator.next()));
                    if (batch.size() == BATCH) {
                        flush(writer, batch, views, columns);
                    }
                }
                flush(writer, batch, views, columns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a batch of rows (their views read together: a list's joined extras are one statement per batch). */
    private <T, V> void flush(Writer writer, List<T> batch, Function<List<T>, List<V>> views, Columns<V> columns)
            throws IOException {
        for (V view : views.apply(batch)) {
            boolean first = true;
            for (Column<V> column : columns.list()) {
                if (!first) {
                    writer.write(',');
                }
                first = false;
                writer.write(value(column.value().apply(view)));
            }
            writer.write("\r\n");
        }
        writer.flush();
        batch.clear();
        em.clear(); // the rows written leave the persistence context: memory stays bounded
    }

    /** A value as its cell: numbers plain, lists joined by "; ", records and maps as their fields. */
    static String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Collection<?> values) {
            return cell(values.stream().map(CsvExport::text).collect(Collectors.joining("; ")));
        }
        return cell(text(value));
    }

    /** An element as text: a record (a reference such as a contact) by its name, else its id; enums as in JSON. */
    private static String text(Object value) {
        if (value instanceof Record record) {
            for (String property : List.of("name", "id")) {
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    if (component.getName().equals(property)) {
                        try {
                            return String.valueOf(component.getAccessor().invoke(record));
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
        }
        return String.valueOf(value); // enums: their JSON value (Grade's toString is its label)
    }

    /** A text cell: guarded against formulas, then quoted when it holds a comma, quote or line break. */
    public static String cell(String text) {
        String guarded = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (guarded.indexOf(',') >= 0 || guarded.indexOf('"') >= 0 || guarded.indexOf('\n') >= 0
                || guarded.indexOf('\r') >= 0) {
            return '"' + guarded.replace("\"", "\"\"") + '"';
        }
        return guarded;
    }
}
