package com.stratum.revenue;

import com.stratum.common.ApiProblem;
import com.stratum.common.CsvReader;
import com.stratum.common.Keyset;
import com.stratum.common.LimitedUpload;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.Text;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * CSV imports of revenue lines for people without an integration. The upload streams: the file is read one record
 * at a time from the request ({@link CsvReader}) and staged into revenue_import_row with COPY, a chunk of
 * {@link #STAGE_CHUNK} rows per transaction, so no file is ever whole in memory. {@link RevenueImportWorker} then
 * validates the rows and, once the user commits, lands the valid ones through the batch API's own ingest.
 *
 * <p>The columns, by header name (case, spaces and underscores ignored; any order): account_id or
 * account_external_id (one of the two per row), sku, period (YYYY-MM), quantity, amount, currency, and source
 * (optional; "csv-import" when blank).
 */
@ApplicationScoped
public class RevenueImports {
    static final int STAGE_CHUNK = 10_000;
    static final int MAX_FIELD = 500;
    static final String DEFAULT_SOURCE = "csv-import";
    static final List<String> COLUMNS = List.of("account_id", "account_external_id", "sku", "period", "quantity",
            "amount", "currency", "source");
    private static final List<SortField<RevenueImportRow>> ROW_SORTS = List.of(
            new SortField<>("line", "r.id", SortField.ValueType.UUID, false, r -> r.id));
    private static final Paging.Query<RevenueImportRow> ROWS = Paging.Query.of("r", "RevenueImportRow r",
            RevenueImportRow.class);

    private final EntityManager em;
    private final Paging paging;
    private final Clock clock;
    private final long maxBytes;

    public RevenueImports(EntityManager em, Paging paging, Clock clock,
            @ConfigProperty(name = "stratum.revenue.import.max-bytes", defaultValue = "1073741824") long maxBytes) {
        this.em = em;
        this.paging = paging;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The row id: the import's high 64 bits and the line, so that ids sort as lines do. */
    static UUID rowId(UUID importId, int line) {
        return new UUID(importId.getMostSignificantBits(), line);
    }

    /** Streams {@code body} into a new import and leaves it VALIDATING; refuses a file without a usable header. */
    public RevenueImportView upload(String fileName, InputStream body) {
        CurrentCaller.requireRole(Role.MANAGER, "Importing revenue lines");
        String name = fileName == null || fileName.isBlank() ? "revenue.csv" : fileName.trim();
        if (name.length() > 255 || name.indexOf('\u0000') >= 0) {
            throw ApiProblem.badParameter("fileName", "must be at most 255 characters without NUL characters");
        }
        if (body == null) {
            throw ApiProblem.badRequest("Send the CSV file as the request body.");
        }
        LimitedUpload counted = new LimitedUpload(body, maxBytes);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CsvReader csv = new CsvReader(new BufferedReader(new InputStreamReader(counted, decoder), 64 * 1024),
                MAX_FIELD);
        int[] positions = header(csv);
        UUID createdBy = CurrentCaller.userId().orElse(null);
        UUID id = QuarkusTransaction.requiringNew().call(() -> create(name, createdBy));
        try {
            int line = 1;
            List<String[]> chunk = new ArrayList<>(STAGE_CHUNK);
            CsvReader.Record record;
            while ((record = next(csv)) != null) {
                line++;
                if (record.fields().stream().allMatch(String::isBlank)) {
                    continue;
                }
                chunk.add(staged(line, record, positions));
                if (chunk.size() == STAGE_CHUNK) {
                    stage(id, chunk);
                    chunk.clear();
                }
            }
            stage(id, chunk);
        } catch (RuntimeException e) {
            String why = e instanceof ApiProblem problem ? problem.toProblem().detail
                    : "The upload stopped before the whole file arrived; send the file again.";
            QuarkusTransaction.requiringNew().run(() -> fail(id, why));
            throw e;
        }
        // Fresh statistics for the rows just staged, so that the worker's joins on (import_id, line_no) use the key.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze revenue_import_row").executeUpdate());
        return QuarkusTransaction.requiringNew().call(() -> {
            RevenueImport imported = find(id);
            imported.status = ImportStatus.VALIDATING;
            imported.updatedAt = Text.now(clock);
            em.flush();
            return RevenueImportView.of(imported);
        });
    }

    @Transactional
    public RevenueImportView get(UUID id) {
        return RevenueImportView.of(find(id));
    }

    @Transactional
    public ImportRowPage refusedRows(UUID id, int limit, String cursor) {
        RevenueImport imported = find(id);
        Keyset<RevenueImportRow> keyset = Keyset.parse(null, "line", ROW_SORTS, "r.id", r -> r.id);
        QueryBuilder query = new QueryBuilder();
        query.and("r.importId = " + query.param(imported.id));
        query.and("r.problem is not null");
        return paging.page(ROWS, query, keyset, limit, cursor).map(ImportRowView::of).to(ImportRowPage::new);
    }

    /** Starts landing the valid rows of a READY import; the worker does it in chunks. */
    @Transactional
    public RevenueImportView commit(UUID id) {
        CurrentCaller.requireRole(Role.MANAGER, "Committing a revenue import");
        RevenueImport imported = find(id);
        if (imported.status != ImportStatus.READY) {
            throw ApiProblem.conflict("import-not-ready", "Import not ready", "This import is "
                    + imported.status + "; only a READY import (validated, not committed yet) can be committed.");
        }
        imported.status = ImportStatus.COMMITTING;
        imported.updatedAt = Text.now(clock);
        em.flush();
        return RevenueImportView.of(imported);
    }

    /** Discards a READY import: nothing of it lands, and its rows are cleaned up. */
    @Transactional
    public RevenueImportView cancel(UUID id) {
        CurrentCaller.requireRole(Role.MANAGER, "Cancelling a revenue import");
        RevenueImport imported = find(id);
        if (imported.status != ImportStatus.READY) {
            throw ApiProblem.conflict("import-not-ready", "Import not ready", "This import is "
                    + imported.status + "; only a READY import can be cancelled.");
        }
        imported.status = ImportStatus.CANCELLED;
        imported.updatedAt = Text.now(clock);
        em.createNativeQuery("delete from revenue_import_row where import_id = ?1").setParameter(1, id)
                .executeUpdate();
        em.flush();
        return RevenueImportView.of(imported);
    }

    RevenueImport find(UUID id) {
        RevenueImport imported = em.find(RevenueImport.class, id);
        if (imported == null) {
            throw ApiProblem.notFound("revenue import", id);
        }
        return imported;
    }

    private UUID create(String fileName, UUID createdBy) {
        Instant now = Text.now(clock);
        RevenueImport imported = new RevenueImport();
        imported.id = UUID.randomUUID();
        imported.fileName = fileName;
        imported.status = ImportStatus.UPLOADING;
        imported.createdBy = createdBy;
        imported.createdAt = now;
        imported.updatedAt = now;
        imported.persist();
        return imported.id;
    }

    private void fail(UUID id, String why) {
        RevenueImport imported = find(id);
        imported.status = ImportStatus.FAILED;
        imported.failure = why.length() > 500 ? why.substring(0, 499) + "…" : why;
        imported.updatedAt = Text.now(clock);
        em.createNativeQuery("delete from revenue_import_row where import_id = ?1").setParameter(1, id)
                .executeUpdate();
    }

    /** Where each known column is in the file (-1: absent); a missing or unknown column is a 400. */
    private static int[] header(CsvReader csv) {
        CsvReader.Record header = next(csv);
        if (header == null) {
            throw ApiProblem.badRequest("The file is empty; send a CSV file whose first line names the columns "
                    + String.join(", ", COLUMNS) + ".");
        }
        Map<String, Integer> known = new HashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            known.put(COLUMNS.get(i).replace("_", ""), i);
        }
        int[] positions = new int[COLUMNS.size()];
        java.util.Arrays.fill(positions, -1);
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)
                    .replace("_", "").replace(" ", "");
            Integer column = known.get(name);
            if (column == null) {
                throw ApiProblem.badRequest("The header names an unknown column, \"" + abbreviate(header.fields()
                        .get(i)) + "\"; use only " + String.join(", ", COLUMNS) + ".");
            }
            if (positions[column] != -1) {
                throw ApiProblem.badRequest("The header names the column " + COLUMNS.get(column) + " twice; name"
                        + " each column once.");
            }
            positions[column] = i;
        }
        List<String> missing = new ArrayList<>();
        for (int column = 2; column < 7; column++) {
            if (positions[column] == -1) {
                missing.add(COLUMNS.get(column));
            }
        }
        if (positions[0] == -1 && positions[1] == -1) {
            missing.add(0, "account_id or account_external_id");
        }
        if (!missing.isEmpty()) {
            throw ApiProblem.badRequest("The header lacks the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + "; the first line must name the columns "
                    + String.join(", ", COLUMNS) + " (source is optional).");
        }
        return positions;
    }

    /** A row as staged: id, line, the eight fields as text, and a problem found while reading it. */
    private static String[] staged(int line, CsvReader.Record record, int[] positions) {
        String[] row = new String[12];
        row[0] = String.valueOf(line);
        int width = (int) java.util.Arrays.stream(positions).filter(p -> p >= 0).count();
        boolean nul = false;
        for (int column = 0; column < COLUMNS.size(); column++) {
            int at = positions[column];
            String value = at >= 0 && at < record.fields().size() ? record.fields().get(at) : null;
            if (value != null && value.indexOf('\u0000') >= 0) {
                nul = true;
                value = value.replace('\u0000', '\uFFFD');
            }
            row[1 + column] = value;
        }
        if (record.unclosedQuote()) {
            row[9] = "A quoted field is not closed before the end of the file; close its quote.";
        } else if (record.fields().size() != width) {
            row[9] = "This row has " + record.fields().size() + " fields but the header names " + width
                    + "; give every row the header's columns.";
        } else if (record.tooLong()) {
            row[9] = "A field of this row is longer than " + MAX_FIELD + " characters; no field needs so many.";
        } else if (nul) {
            row[9] = "This row contains a NUL character; remove it.";
        }
        if (row[9] != null) {
            row[10] = "line";
        }
        return row;
    }

    /** COPYs a chunk of rows in a transaction of its own and counts them on the import. */
    private void stage(UUID id, List<String[]> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(chunk.size() * 120);
        for (String[] row : chunk) {
            int line = Integer.parseInt(row[0]);
            csv.append(rowId(id, line)).append(',').append(id).append(',').append(line);
            for (int i = 1; i <= 10; i++) {
                csv.append(',');
                if (row[i] != null) {
                    csv.append('"').append(row[i].replace("\"", "\"\"")).append('"');
                }
            }
            csv.append('\n');
        }
        QuarkusTransaction.requiringNew().run(() -> {
            em.unwrap(Session.class).doWork(connection -> {
                try {
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy revenue_import_row (id,"
                            + " import_id, line_no, account_id_text, external_id, sku, period_text, quantity_text,"
                            + " amount_text, currency, source, problem, problem_field) from stdin with (format csv)",
                            new StringReader(csv.toString()));
                } catch (IOException e) {
                    throw new java.sql.SQLException("COPY into revenue_import_row failed", e);
                }
            });
            em.createNativeQuery("update revenue_import set total_rows = total_rows + ?1, updated_at = ?2,"
                    + " version = version + 1 where id = ?3").setParameter(1, chunk.size())
                    .setParameter(2, Text.now(clock)).setParameter(3, id).executeUpdate();
        });
    }

    private static CsvReader.Record next(CsvReader csv) {
        try {
            return csv.next();
        } catch (LimitedUpload.TooLarge e) {
            throw e.problem;
        } catch (IOException e) {
            throw ApiProblem.badRequest("The upload stopped before the whole file arrived; send the file again.");
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
