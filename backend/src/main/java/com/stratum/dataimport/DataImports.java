package com.stratum.dataimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.common.ApiProblem;
import com.stratum.common.CsvReader;
import com.stratum.common.FieldError;
import com.stratum.common.Keyset;
import com.stratum.common.LimitedUpload;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.Sync;
import com.stratum.common.Text;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Problems;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * CSV imports of accounts and contacts, one mechanism for both kinds ({@link RowWriter}): the upload keeps the file
 * (to be downloaded again) and guesses a column mapping from its header; the mapping stages the rows; then
 * {@link DataImportWorker} previews them by a dry run of the same service paths as the API, and once committed,
 * writes them one by one. Managers and admins import; the file is UTF-8 CSV (RFC 4180) of at most
 * stratum.imports.max-bytes.
 */
@ApplicationScoped
public class DataImports {
    static final int MAX_FIELD = 500;
    static final int STAGE_CHUNK = 5000;
    private static final List<SortField<Listed>> ORDER = List.of(new SortField<>("createdAt", "i.createdAt",
            SortField.ValueType.INSTANT, false, r -> r.imported().createdAt), new SortField<>("updatedAt",
            "i.updatedAt", SortField.ValueType.INSTANT, false, r -> r.imported().updatedAt));
    private static final Paging.Query<Listed> LIST = Paging.Query.ofRows("i, u.name",
            "DataImport i left join User u on u.id = i.createdBy",
            r -> new Listed((DataImport) r[0], (String) r[1]));
    private static final List<SortField<DataImportRow>> ROW_ORDER = List.of(
            new SortField<>("line", "r.id", SortField.ValueType.UUID, false, r -> r.id));
    private static final Paging.Query<DataImportRow> ROWS = Paging.Query.of("r", "DataImportRow r",
            DataImportRow.class);

    private record Listed(DataImport imported, String createdByName) {
    }

    private final EntityManager em;
    private final Paging paging;
    private final ObjectMapper json;
    private final Map<ImportKind, RowWriter> writers = new LinkedHashMap<>();
    private final Clock clock;
    private final long maxBytes;
    private final Sync sync;

    public DataImports(EntityManager em, Paging paging, ObjectMapper json, Instance<RowWriter> writers, Clock clock,
            Sync sync,
            @ConfigProperty(name = "stratum.imports.max-bytes", defaultValue = "20971520") long maxBytes) {
        this.em = em;
        this.sync = sync;
        this.paging = paging;
        this.json = json;
        writers.forEach(writer -> this.writers.put(writer.kind(), writer));
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    RowWriter writer(ImportKind kind) {
        return writers.get(kind);
    }

    /** The row id: the import's high 64 bits and the line, so that ids sort as lines do. */
    static UUID rowId(UUID importId, int line) {
        return new UUID(importId.getMostSignificantBits(), line);
    }

    /**
     * Keeps the file and its header, guesses the mapping; the import waits in MAPPING. The file is read before any
     * transaction starts, so a slow upload holds no database connection.
     */
    public DataImportView upload(ImportKind kind, String fileName, InputStream body) {
        if (kind == null) {
            throw ApiProblem.badParameter("kind", "is required: ACCOUNTS or CONTACTS");
        }
        requireImporter(kind, true);
        String name = fileName == null || fileName.isBlank() ? kind.name().toLowerCase() + ".csv" : fileName.trim();
        if (name.length() > 255 || name.indexOf('\u0000') >= 0) {
            throw ApiProblem.badParameter("fileName", "must be at most 255 characters without NUL characters");
        }
        if (body == null) {
            throw ApiProblem.badRequest("Send the CSV file as the request body.");
        }
        byte[] content = read(body);
        List<String> headers = header(text(content));
        refuseDataAsHeader(writer(kind), headers);
        UUID createdBy = CurrentCaller.userId().orElse(null);
        return QuarkusTransaction.requiringNew().call(() -> keep(kind, name, content, headers, createdBy));
    }

    private DataImportView keep(ImportKind kind, String name, byte[] content, List<String> headers, UUID createdBy) {
        RowWriter writer = writer(kind);
        Instant now = Text.now(clock);
        DataImport imported = new DataImport();
        imported.id = UUID.randomUUID();
        imported.kind = kind;
        imported.fileName = name;
        imported.fileBytes = content.length;
        imported.headers = headers;
        imported.mapping = guess(writer, headers);
        imported.status = DataImportStatus.MAPPING;
        imported.createdBy = createdBy;
        imported.createdAt = now;
        imported.updatedAt = now;
        imported.persist();
        em.flush();
        em.createNativeQuery("insert into data_import_file (import_id, content) values (?1, ?2)")
                .setParameter(1, imported.id).setParameter(2, content).executeUpdate();
        return view(imported);
    }

    /**
     * Stages the file's rows through the mapping and starts the preview (VALIDATING). A READY import may be mapped
     * again: its preview starts over.
     */
    @Transactional
    public DataImportView map(UUID id, DataImportMapping input) {
        DataImport imported = locked(id);
        requireImporter(imported.kind, true);
        if (imported.status != DataImportStatus.MAPPING && imported.status != DataImportStatus.READY) {
            throw notReady(imported, "only an import waiting for its mapping, or READY, can be mapped");
        }
        RowWriter writer = writer(imported.kind);
        Map<String, String> mapping = checked(writer, imported.headers, input);
        em.createNativeQuery("delete from data_import_row where import_id = ?1").setParameter(1, id).executeUpdate();
        imported.mapping = mapping;
        imported.totalRows = stage(imported, writer, mapping);
        imported.validatedRows = 0;
        imported.validatedThrough = 0;
        imported.refusedRows = 0;
        imported.toCreate = 0;
        imported.toUpdate = 0;
        imported.toLeave = 0;
        imported.status = DataImportStatus.VALIDATING;
        imported.updatedAt = Text.now(clock);
        em.flush();
        return view(imported);
    }

    @Transactional
    public DataImportView get(UUID id) {
        requireImporter(null, false);
        return view(find(id));
    }

    @Transactional
    public DataImportPage list(ImportKind kind, UUID createdById, Instant updatedAfter, int limit, String cursor) {
        requireImporter(null, false);
        Keyset<Listed> keyset = Keyset.parse(Sync.sort(updatedAfter, null), "-createdAt", ORDER, "i.id",
                r -> r.imported().id);
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "i.updatedAt", query);
        if (kind != null) {
            query.and("i.kind = " + query.param(kind));
        }
        if (createdById != null) {
            query.and("i.createdBy = " + query.param(createdById));
        }
        return paging.page(LIST, query, keyset, limit, cursor)
                .map(r -> DataImportView.of(r.imported(), r.createdByName(), writer(r.imported().kind)))
                .to(DataImportPage::new);
    }

    @Transactional
    public RefusedRowPage refusedRows(UUID id, int limit, String cursor) {
        requireImporter(null, false);
        DataImport imported = find(id);
        Keyset<DataImportRow> keyset = Keyset.parse(null, "line", ROW_ORDER, "r.id", r -> r.id);
        QueryBuilder query = new QueryBuilder();
        query.and("r.importId = " + query.param(imported.id));
        query.and("r.problem is not null");
        return paging.page(ROWS, query, keyset, limit, cursor).map(RefusedRowView::of).to(RefusedRowPage::new);
    }

    /** The file as it was uploaded. */
    public record File(String name, byte[] content) {
    }

    @Transactional
    public File file(UUID id) {
        requireImporter(null, false);
        DataImport imported = find(id);
        byte[] content = (byte[]) em.createNativeQuery("select content from data_import_file where import_id = ?1")
                .setParameter(1, id).getSingleResult();
        return new File(imported.fileName, content);
    }

    /** Starts writing the valid rows of a READY import; the worker does it row by row. */
    @Transactional
    public DataImportView commit(UUID id) {
        DataImport imported = locked(id);
        requireImporter(imported.kind, true);
        if (imported.status != DataImportStatus.READY) {
            throw notReady(imported, "only a READY import (previewed, not committed yet) can be committed");
        }
        imported.status = DataImportStatus.COMMITTING;
        imported.updatedAt = Text.now(clock);
        em.flush();
        return view(imported);
    }

    /** Discards an import before its commit: nothing of it is written; the file stays on record. */
    @Transactional
    public DataImportView cancel(UUID id) {
        DataImport imported = locked(id);
        requireImporter(imported.kind, true);
        if (imported.status != DataImportStatus.READY && imported.status != DataImportStatus.MAPPING) {
            throw notReady(imported, "only an import not yet committed (waiting for its mapping, or READY) can be"
                    + " cancelled");
        }
        imported.status = DataImportStatus.CANCELLED;
        imported.updatedAt = Text.now(clock);
        em.createNativeQuery("delete from data_import_row where import_id = ?1").setParameter(1, id).executeUpdate();
        em.flush();
        return view(imported);
    }

    private DataImportView view(DataImport imported) {
        String name = imported.createdBy == null ? null : (String) em.createQuery("select u.name from User u"
                + " where u.id = :id").setParameter("id", imported.createdBy).getResultStream().findFirst()
                .orElse(null);
        return DataImportView.of(imported, name, writer(imported.kind));
    }

    private DataImport find(UUID id) {
        DataImport imported = em.find(DataImport.class, id);
        if (imported == null) {
            throw ApiProblem.notFound("import", id);
        }
        return imported;
    }

    /** The import, locked until its transaction ends: two commits (or a commit and a cancel) run one at a time. */
    private DataImport locked(UUID id) {
        DataImport imported = em.find(DataImport.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (imported == null) {
            throw ApiProblem.notFound("import", id);
        }
        return imported;
    }

    private static ApiProblem notReady(DataImport imported, String rule) {
        return ApiProblem.conflict("import-not-ready", "Import not ready", "This import is " + imported.status + "; "
                + rule + ".");
    }

    /** Managers and admins; a contact import also needs the contacts:write scope (the resource asks accounts:*). */
    private static void requireImporter(ImportKind kind, boolean writing) {
        CurrentCaller.requireRole(Role.MANAGER, writing ? "Importing from CSV" : "Reading CSV imports");
        if (kind == ImportKind.CONTACTS && writing) {
            CurrentCaller.ofRequest().filter(caller -> !caller.can(Scope.CONTACTS_WRITE)).ifPresent(caller -> {
                throw Problems.missingScope(Scope.CONTACTS_WRITE);
            });
        }
    }

    private byte[] read(InputStream body) {
        try (InputStream limited = new LimitedUpload(body, maxBytes)) {
            return limited.readAllBytes();
        } catch (LimitedUpload.TooLarge e) {
            throw e.problem;
        } catch (IOException e) {
            throw ApiProblem.badRequest("The upload stopped before the whole file arrived; send the file again.");
        }
    }

    /** The file as text: UTF-8 (a byte order mark allowed), refused whole otherwise. */
    private static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ApiProblem(400, "csv-encoding", "File not UTF-8", "The file is not UTF-8 text; save it as"
                    + " \"CSV UTF-8\" (in Excel: Save as, CSV UTF-8) and upload it again.", null);
        }
    }

    private static List<String> header(String text) {
        CsvReader.Record header = next(new CsvReader(new StringReader(text), MAX_FIELD));
        if (header == null || header.fields().stream().allMatch(String::isBlank)) {
            throw new ApiProblem(400, "csv-no-header", "No header line", "The file has no header line: its first"
                    + " line must name the columns, such as name,external_id,domain.", null);
        }
        List<String> names = header.fields().stream().map(String::trim).toList();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) {
                throw new ApiProblem(400, "csv-no-header", "No header line", "Column " + (i + 1) + " of the first"
                        + " line has no name; the first line must name every column.", null);
            }
            if (!seen.add(names.get(i))) {
                throw new ApiProblem(400, "csv-no-header", "No header line", "The first line names the column \""
                        + abbreviate(names.get(i)) + "\" twice; name each column once.", null);
            }
        }
        return names;
    }

    /**
     * The first line must be the header. A first line that is a data row (the header left out) would otherwise be
     * taken for one, its row lost and its values offered as column names: refused when no name on it is a column
     * this kind of import knows (by its name or a usual alias), or when a name it has that no column takes looks like
     * a value (a number, a date, an email address or a web address).
     */
    static void refuseDataAsHeader(RowWriter writer, List<String> headers) {
        Map<String, String> guessed = guess(writer, headers);
        String known = writer.fields().stream().limit(4).map(ImportField::column).collect(
                java.util.stream.Collectors.joining(","));
        if (guessed.isEmpty()) {
            throw new ApiProblem(400, "csv-no-header", "No header line", "No name on the file's first line ("
                    + abbreviate(String.join(", ", headers)) + ") is a column this import knows, so the first line"
                    + " is not a header. Make the first line name the columns, such as " + known + ", and upload"
                    + " the file again.", null);
        }
        for (String header : headers) {
            if (!guessed.containsValue(header) && LOOKS_LIKE_A_VALUE.matcher(header).matches()) {
                throw new ApiProblem(400, "csv-no-header", "No header line", "The file's first line names a column \""
                        + abbreviate(header) + "\", which looks like a value rather than a column name: the first"
                        + " line must be the header. Add a header line naming the columns, such as " + known
                        + ", and upload the file again.", null);
            }
        }
    }

    /** A number, a date, an email address or a web address. */
    private static final java.util.regex.Pattern LOOKS_LIKE_A_VALUE = java.util.regex.Pattern.compile(
            "[-+]?[0-9][0-9.,' ]*%?|[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}.*|[^@\\s]+@[^@\\s]+\\.[^@\\s]+"
                    + "|(https?://|www\\.).*", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The first header each column matches (by its name or an alias), each header used once. */
    static Map<String, String> guess(RowWriter writer, List<String> headers) {
        Map<String, String> mapping = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (ImportField field : writer.fields()) {
            headers.stream().filter(h -> !used.contains(h) && field.matches(h)).findFirst().ifPresent(h -> {
                mapping.put(field.column(), h);
                used.add(h);
            });
        }
        return mapping;
    }

    private static Map<String, String> checked(RowWriter writer, List<String> headers, DataImportMapping input) {
        if (input == null || input.columns() == null) {
            throw ApiProblem.badRequest("Send the mapping as a JSON object with columns, such as {\"columns\":"
                    + " {\"name\": \"Company\"}}.");
        }
        List<String> columns = writer.fields().stream().map(ImportField::column).toList();
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> mapping = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : input.columns().entrySet()) {
            if (!columns.contains(entry.getKey())) {
                errors.add(new FieldError("columns." + entry.getKey(), "An import of " + writer.kind().name()
                        .toLowerCase() + " has no column " + abbreviate(entry.getKey()) + "; use "
                        + String.join(", ", columns) + "."));
            } else if (entry.getValue() != null && !entry.getValue().isBlank()) {
                if (!headers.contains(entry.getValue())) {
                    throw new ApiProblem(400, "csv-unknown-column", "Unknown column", "The mapping reads "
                            + entry.getKey() + " from \"" + abbreviate(entry.getValue()) + "\", which the file's first"
                            + " line does not name; pick one of " + String.join(", ", headers) + ".", null);
                }
                mapping.put(entry.getKey(), entry.getValue());
            }
        }
        for (List<String> anyOf : writer.required()) {
            if (anyOf.stream().noneMatch(mapping::containsKey)) {
                errors.add(new FieldError("columns." + anyOf.get(0), "Map " + String.join(" or ", anyOf) + " to a"
                        + " column of the file: an import of " + writer.kind().name().toLowerCase() + " needs it."));
            }
        }
        Set<String> read = new HashSet<>();
        for (Map.Entry<String, String> entry : mapping.entrySet()) {
            if (!read.add(entry.getValue())) {
                errors.add(new FieldError("columns." + entry.getKey(), "The header \"" + abbreviate(entry.getValue())
                        + "\" fills another column already; read each column from its own header."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        return mapping;
    }

    /** Stages every data row through the mapping (blank lines skipped); how many rows. */
    private int stage(DataImport imported, RowWriter writer, Map<String, String> mapping) {
        byte[] content = (byte[]) em.createNativeQuery("select content from data_import_file where import_id = ?1")
                .setParameter(1, imported.id).getSingleResult();
        CsvReader csv = new CsvReader(new StringReader(text(content)), MAX_FIELD);
        next(csv);
        Map<String, Integer> positions = new LinkedHashMap<>();
        mapping.forEach((column, header) -> positions.put(column, imported.headers.indexOf(header)));
        List<Staged> chunk = new ArrayList<>(STAGE_CHUNK);
        int line = 1;
        int rows = 0;
        CsvReader.Record record;
        while ((record = next(csv)) != null) {
            line++;
            if (record.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> position : positions.entrySet()) {
                int at = position.getValue();
                values.put(position.getKey(), at < record.fields().size()
                        ? record.fields().get(at).replace('\u0000', '\uFFFD') : null);
            }
            chunk.add(new Staged(line, values, writer.matchKey(values), readProblem(record, imported.headers.size())));
            rows++;
            if (chunk.size() == STAGE_CHUNK) {
                insert(imported.id, chunk);
                chunk.clear();
            }
        }
        insert(imported.id, chunk);
        return rows;
    }

    private record Staged(int line, Map<String, String> values, String matchKey, String problem) {
    }

    private static String readProblem(CsvReader.Record record, int width) {
        if (record.unclosedQuote()) {
            return "A quoted field is not closed before the end of the file; close its quote.";
        }
        if (record.fields().size() != width) {
            return "This row has " + record.fields().size() + " fields but the first line names " + width
                    + "; give every row the header's columns.";
        }
        if (record.tooLong()) {
            return "A field of this row is longer than " + MAX_FIELD + " characters; no field needs so many.";
        }
        return null;
    }

    private void insert(UUID importId, List<Staged> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("""
                    insert into data_import_row (id, import_id, line_no, fields, match_key, problem)
                    select t.id, ?, t.line_no, t.fields::jsonb, t.match_key, t.problem
                      from unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[])
                           as t(id, line_no, fields, match_key, problem)""")) {
                insert.setObject(1, importId);
                insert.setArray(2, connection.createArrayOf("uuid", chunk.stream().map(s -> rowId(importId, s.line()))
                        .toArray()));
                insert.setArray(3, connection.createArrayOf("int", chunk.stream().map(Staged::line).toArray()));
                insert.setArray(4, connection.createArrayOf("text", chunk.stream().map(s -> json(s.values()))
                        .toArray()));
                insert.setArray(5, connection.createArrayOf("text", chunk.stream().map(Staged::matchKey).toArray()));
                insert.setArray(6, connection.createArrayOf("text", chunk.stream().map(Staged::problem).toArray()));
                insert.executeUpdate();
            }
        });
    }

    private String json(Map<String, String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A row's values could not be written as JSON", e);
        }
    }

    private static CsvReader.Record next(CsvReader csv) {
        try {
            return csv.next();
        } catch (IOException e) {
            throw new IllegalStateException("Reading a string cannot fail", e);
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
