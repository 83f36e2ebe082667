package com.stratum.dataimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.common.ApiProblem;
import com.stratum.common.BatchItems;
import com.stratum.common.Text;
import com.stratum.jobs.ClusterJobs;
import com.stratum.jobs.LeasedImports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The job behind CSV imports of accounts and contacts, safe with several instances: an import VALIDATING or
 * COMMITTING is claimed and held by a lease ({@link LeasedImports}) renewed as it goes. The preview runs each row
 * through its {@link RowWriter} in a transaction that is rolled back (a dry
 * run of the API's own service paths: what would be created, updated, left unchanged or refused, and why). The
 * commit writes each row in a transaction of its own that first locks the import and checks the lease is still
 * this worker's, and moves committed_through with the row: a row is written once, and an import whose worker died
 * is taken up where it stopped once the lease ends. Writes are audited as the importing user.
 */
@ApplicationScoped
public class DataImportWorker {
    static final int CHUNK = 200;
    static final Duration LEASE = LeasedImports.LEASE;
    static final int KEPT_DAYS = 7;
    private static final Logger LOG = Logger.getLogger(DataImportWorker.class);
    private static final String CLEANUP_JOB = "data-import-cleanup";
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };

    private final EntityManager em;
    private final DataImports imports;
    private final ClusterJobs jobs;
    private final LeasedImports leased;
    private final ObjectMapper json;
    private final Clock clock;

    public DataImportWorker(EntityManager em, DataImports imports, ClusterJobs jobs, LeasedImports leased,
            ObjectMapper json, Clock clock) {
        this.em = em;
        this.imports = imports;
        this.jobs = jobs;
        this.leased = leased;
        this.json = json;
        this.clock = clock;
    }

    /** Every stratum.jobs.data-imports.every (off in tests, which call {@link #workDue}). */
    @Scheduled(identity = "data-imports", every = "${stratum.jobs.data-imports.every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        workDue();
    }

    @Scheduled(identity = CLEANUP_JOB, every = "${stratum.jobs.data-import-cleanup.every:1h}",
            delayed = "${stratum.jobs.start-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCleanup() {
        jobs.runOnce(CLEANUP_JOB, Duration.ofMinutes(30), this::cleanUp);
    }

    /** Works every import waiting for its preview or commit until none is left; how many were worked. */
    public int workDue() {
        return leased.workDue("data_import", LOG, this::step);
    }

    /** Deletes the staged rows of imports finished more than KEPT_DAYS ago; the import and its file stay. */
    public int cleanUp() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("delete from data_import_row r"
                        + " using data_import i where i.id = r.import_id and i.updated_at < ?1"
                        + " and i.status in ('COMMITTED', 'FAILED', 'CANCELLED')")
                .setParameter(1, Text.now(clock).minus(Duration.ofDays(KEPT_DAYS))).executeUpdate());
    }

    /** The import locked for this transaction, if this worker still holds its lease. */
    private DataImport held(UUID id, UUID holder) {
        @SuppressWarnings("unchecked")
        List<Object> held = em.createNativeQuery("select id from data_import where id = ?1 and lease_holder = ?2"
                + " for update").setParameter(1, id).setParameter(2, holder).getResultList();
        if (held.isEmpty()) {
            return null; // the lease ended and another worker took the import over
        }
        DataImport imported = em.find(DataImport.class, id);
        em.refresh(imported);
        return imported;
    }

    private boolean step(UUID id, UUID holder) {
        DataImportStatus status = QuarkusTransaction.requiringNew().call(() -> {
            DataImport imported = held(id, holder);
            return imported == null ? null : imported.status;
        });
        if (status == DataImportStatus.VALIDATING) {
            return validate(id, holder);
        }
        if (status == DataImportStatus.COMMITTING) {
            return commit(id, holder);
        }
        return false;
    }

    private record Row(int line, Map<String, String> values) {
    }

    /** Dry-runs the next chunk of rows, then records what each would do (if the lease is still this worker's). */
    private boolean validate(UUID id, UUID holder) {
        List<Object[]> found = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select r.line_no, cast(r.fields as text), r.problem, i.kind
                      from data_import_row r join data_import i on i.id = r.import_id
                     where r.import_id = ?1 and r.line_no > i.validated_through order by r.line_no limit ?2""")
                    .setParameter(1, id).setParameter(2, CHUNK).getResultList();
            return rows;
        });
        if (found.isEmpty()) {
            return QuarkusTransaction.requiringNew().call(() -> finishValidation(id, holder));
        }
        RowWriter writer = imports.writer(ImportKind.valueOf((String) found.get(0)[3]));
        List<Judged> judged = new ArrayList<>(found.size());
        for (Object[] r : found) {
            if (r[2] == null) {
                judged.add(dryRun(writer, new Row((Integer) r[0], values((String) r[1]))));
            }
        }
        int through = (Integer) found.get(found.size() - 1)[0];
        return QuarkusTransaction.requiringNew().call(() -> {
            DataImport imported = held(id, holder);
            if (imported == null) {
                return false;
            }
            for (Judged j : judged) {
                em.createNativeQuery("update data_import_row set expected = ?1, problem = ?2, problem_field = ?3"
                        + " where import_id = ?4 and line_no = ?5").setParameter(1, j.expected())
                        .setParameter(2, j.refusal() == null ? null : j.refusal().reason())
                        .setParameter(3, j.refusal() == null ? null : j.refusal().column()).setParameter(4, id)
                        .setParameter(5, j.line()).executeUpdate();
            }
            imported.validatedThrough = through;
            imported.validatedRows += found.size();
            renew(imported, holder);
            return true;
        });
    }

    private record Judged(int line, String expected, RowWriter.Refusal refusal) {
    }

    /** Thrown to roll a dry run back, carrying what it would have done. */
    private static final class DryRun extends RuntimeException {
        final transient RowWriter.Written written;

        DryRun(RowWriter.Written written) {
            super(null, null, false, false);
            this.written = written;
        }
    }

    private Judged dryRun(RowWriter writer, Row row) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                throw new DryRun(writer.write(row.values()));
            });
            throw new IllegalStateException("A dry run always rolls back");
        } catch (DryRun done) {
            String expected = switch (done.written.outcome()) {
                case CREATED -> "CREATE";
                case UPDATED -> "UPDATE";
                case UNCHANGED -> "UNCHANGED";
            };
            return new Judged(row.line(), expected, null);
        } catch (ApiProblem refused) {
            return new Judged(row.line(), null, RowWriter.Refusal.of(refused, writer.fields()));
        }
    }

    /** Every row of a key repeated in the file is refused; then the preview's counts, and the import is READY. */
    private boolean finishValidation(UUID id, UUID holder) {
        DataImport imported = held(id, holder);
        if (imported == null) {
            return false;
        }
        String what = imported.kind == ImportKind.ACCOUNTS ? "account" : "contact";
        em.createNativeQuery("update data_import_row r set problem = 'Lines ' || d.lines || ' name the same " + what
                + "; keep one of them.', expected = null"
                + " from (select line_no, count(*) over same as n, string_agg(line_no::text, ', ') over same as lines"
                + "         from data_import_row"
                + "        where import_id = ?1 and problem is null and match_key is not null"
                + "       window same as (partition by match_key order by line_no"
                + "                       rows between unbounded preceding and unbounded following)) d"
                + " where r.import_id = ?1 and r.line_no = d.line_no and d.n > 1")
                .setParameter(1, id).executeUpdate();
        Object[] counts = (Object[]) em.createNativeQuery("""
                select count(*) filter (where problem is not null), count(*) filter (where expected = 'CREATE'),
                       count(*) filter (where expected = 'UPDATE'), count(*) filter (where expected = 'UNCHANGED')
                  from data_import_row where import_id = ?1""").setParameter(1, id).getSingleResult();
        imported.refusedRows = ((Number) counts[0]).intValue();
        imported.toCreate = ((Number) counts[1]).intValue();
        imported.toUpdate = ((Number) counts[2]).intValue();
        imported.toLeave = ((Number) counts[3]).intValue();
        imported.validatedRows = imported.totalRows;
        imported.status = DataImportStatus.READY;
        release(imported);
        return false;
    }

    /** Writes the next valid row, in a transaction of its own; false when none is left or the lease was lost. */
    private boolean commit(UUID id, UUID holder) {
        Object[] next = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select r.line_no, cast(r.fields as text), i.kind, cast(i.created_by as text)
                      from data_import_row r join data_import i on i.id = r.import_id
                     where r.import_id = ?1 and r.line_no > i.committed_through and r.problem is null
                     order by r.line_no limit 1""").setParameter(1, id).getResultList();
            return rows.isEmpty() ? null : rows.get(0);
        });
        if (next == null) {
            return QuarkusTransaction.requiringNew().call(() -> {
                DataImport imported = held(id, holder);
                if (imported == null) {
                    return false;
                }
                imported.status = DataImportStatus.COMMITTED;
                imported.committedAt = Text.now(clock);
                release(imported);
                return false;
            });
        }
        int line = (Integer) next[0];
        RowWriter writer = imports.writer(ImportKind.valueOf((String) next[2]));
        Map<String, String> values = values((String) next[1]);
        try {
            // A row races an integration's batch or another import on the same record as a batch item does.
            return BatchItems.inOwnTransaction(() -> {
                DataImport imported = held(id, holder);
                if (imported == null || imported.committedThrough >= line) {
                    return false;
                }
                label(id, (String) next[3]);
                RowWriter.Written written = writer.write(values);
                em.createNativeQuery("update data_import_row set outcome = ?1, record_id = ?2 where import_id = ?3"
                        + " and line_no = ?4").setParameter(1, written.outcome().name()).setParameter(2, written.id())
                        .setParameter(3, id).setParameter(4, line).executeUpdate();
                switch (written.outcome()) {
                    case CREATED -> imported.created++;
                    case UPDATED -> imported.updated++;
                    case UNCHANGED -> imported.unchanged++;
                }
                imported.committedRows++;
                imported.committedThrough = line;
                renew(imported, holder);
                return true;
            }, writer.uniqueRaces());
        } catch (ApiProblem refused) {
            RowWriter.Refusal refusal = RowWriter.Refusal.of(refused, writer.fields());
            return QuarkusTransaction.requiringNew().call(() -> {
                DataImport imported = held(id, holder);
                if (imported == null || imported.committedThrough >= line) {
                    return false;
                }
                em.createNativeQuery("update data_import_row set outcome = 'REFUSED', problem = ?1, problem_field"
                        + " = ?2 where import_id = ?3 and line_no = ?4").setParameter(1, refusal.reason())
                        .setParameter(2, refusal.column()).setParameter(3, id).setParameter(4, line).executeUpdate();
                imported.failedRows++;
                imported.refusedRows++;
                imported.committedThrough = line;
                renew(imported, holder);
                return true;
            });
        }
    }

    /** The audit rows of this transaction name the importing user and the import. */
    private void label(UUID id, String createdBy) {
        em.createNativeQuery("select set_config('stratum.action', ?1, true), set_config('stratum.actor_id', ?2, true),"
                + " set_config('stratum.token_id', '', true)").setParameter(1, "import:" + id)
                .setParameter(2, createdBy == null ? "" : createdBy).getSingleResult();
    }

    private void renew(DataImport imported, UUID holder) {
        imported.leaseHolder = holder;
        imported.leaseUntil = Text.now(clock).plus(LEASE);
        imported.updatedAt = Text.now(clock);
        em.flush();
    }

    private void release(DataImport imported) {
        imported.leaseHolder = null;
        imported.leaseUntil = null;
        imported.updatedAt = Text.now(clock);
        em.flush();
    }

    private Map<String, String> values(String fields) {
        try {
            return json.readValue(fields, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A staged row is not a JSON object of texts", e);
        }
    }
}
