package com.stratum.revenue;

import com.stratum.common.Text;
import com.stratum.jobs.ClusterJobs;
import com.stratum.jobs.LeasedImports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The job behind CSV imports, safe with several instances: an import VALIDATING or COMMITTING is claimed and held
 * by a lease ({@link LeasedImports}) renewed at every chunk; each chunk of {@link #CHUNK} rows is a transaction of
 * its own that first checks the lease is still this worker's, so two instances never work on one import and one
 * that dies is picked up where it stopped (validated_through, committed_through) once its lease ends. Validation judges rows with {@link RevenueLines} (the batch API's rules);
 * a commit lands each chunk through {@link RevenueIngest} (the batch API's ingest). Imports are kept
 * {@link #KEPT_DAYS} days, then deleted with their rows.
 */
@ApplicationScoped
public class RevenueImportWorker {
    static final int CHUNK = 5000;
    static final Duration LEASE = LeasedImports.LEASE;
    static final int KEPT_DAYS = 7;
    private static final Logger LOG = Logger.getLogger(RevenueImportWorker.class);
    private static final String CLEANUP_JOB = "revenue-import-cleanup";

    private final EntityManager em;
    private final RevenueLines rules;
    private final RevenueIngest ingest;
    private final ClusterJobs jobs;
    private final LeasedImports leased;
    private final Clock clock;

    public RevenueImportWorker(EntityManager em, RevenueLines rules, RevenueIngest ingest, ClusterJobs jobs,
            LeasedImports leased, Clock clock) {
        this.em = em;
        this.rules = rules;
        this.ingest = ingest;
        this.jobs = jobs;
        this.leased = leased;
        this.clock = clock;
    }

    /** Every stratum.jobs.revenue-imports.every (off in tests, which call {@link #workDue}). */
    @Scheduled(identity = "revenue-imports", every = "${stratum.jobs.revenue-imports.every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        workDue();
    }

    @Scheduled(identity = CLEANUP_JOB, every = "${stratum.jobs.revenue-import-cleanup.every:1h}",
            delayed = "${stratum.jobs.start-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCleanup() {
        jobs.runOnce(CLEANUP_JOB, Duration.ofMinutes(30), this::cleanUp);
    }

    /** Works every import waiting for validation or commit until none is left; how many were worked. */
    public int workDue() {
        return leased.workDue("revenue_import", LOG, this::step);
    }

    /** Deletes imports (and their rows) older than KEPT_DAYS, and uploads abandoned for a day. */
    public int cleanUp() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("delete from revenue_import"
                        + " where (updated_at < ?1 and status not in ('VALIDATING', 'COMMITTING'))"
                        + " or (status = 'UPLOADING' and updated_at < ?2)")
                .setParameter(1, Text.now(clock).minus(Duration.ofDays(KEPT_DAYS)))
                .setParameter(2, Text.now(clock).minus(Duration.ofDays(1))).executeUpdate());
    }

    /** One chunk of validation or commit, in a transaction of its own; false when the import needs no more. */
    private boolean step(UUID id, UUID holder) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> held = em.createNativeQuery("select id from revenue_import where id = ?1 and lease_holder"
                    + " = ?2 for update").setParameter(1, id).setParameter(2, holder).getResultList();
            if (held.isEmpty()) {
                return false; // the lease ended and another worker took the import over
            }
            RevenueImport imported = em.find(RevenueImport.class, id);
            em.refresh(imported);
            boolean more = switch (imported.status) {
                case VALIDATING -> validate(imported);
                case COMMITTING -> commit(imported);
                default -> false;
            };
            imported.leaseUntil = more ? Text.now(clock).plus(LEASE) : null;
            imported.leaseHolder = more ? holder : null;
            imported.updatedAt = Text.now(clock);
            em.flush();
            return more;
        });
    }

    private boolean validate(RevenueImport imported) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select line_no, account_id_text, external_id, sku, period_text, quantity_text, amount_text, currency,
                       source, problem
                  from revenue_import_row where import_id = ?1 and line_no > ?2 order by line_no limit ?3""")
                .setParameter(1, imported.id).setParameter(2, imported.validatedThrough).setParameter(3, CHUNK)
                .getResultList();
        if (rows.isEmpty()) {
            finishValidation(imported);
            return false;
        }
        RevenueLines.Context context = rules.context();
        List<RevenueLine> lines = new ArrayList<>();
        for (Object[] r : rows) {
            if (r[9] == null) {
                String source = r[8] == null || ((String) r[8]).isBlank() ? RevenueImports.DEFAULT_SOURCE
                        : (String) r[8];
                lines.add(rules.read((Integer) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], source, context));
            }
        }
        rules.resolve(lines, false);
        writeJudgement(imported.id, lines);
        imported.validatedThrough = (Integer) rows.get(rows.size() - 1)[0];
        imported.validatedRows += rows.size();
        return true;
    }

    private void writeJudgement(UUID importId, List<RevenueLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update revenue_import_row r
                       set account_id = t.account_id, product_id = t.product_id, period = t.period,
                           quantity = t.quantity, amount = t.amount, problem = t.problem, problem_field = t.field
                      from unnest(?::int[], ?::uuid[], ?::uuid[], ?::date[], ?::numeric[], ?::numeric[], ?::text[],
                                  ?::text[]) as t(line_no, account_id, product_id, period, quantity, amount, problem,
                                                  field)
                     where r.import_id = ? and r.line_no = t.line_no""")) {
                update.setArray(1, connection.createArrayOf("int", lines.stream().map(l -> l.index).toArray()));
                update.setArray(2, connection.createArrayOf("uuid", lines.stream().map(l -> l.refused() ? null
                        : l.accountId).toArray()));
                update.setArray(3, connection.createArrayOf("uuid", lines.stream().map(l -> l.refused() ? null
                        : l.productId).toArray()));
                update.setArray(4, connection.createArrayOf("date", lines.stream().map(l -> l.refused()
                        || l.period == null ? null : java.sql.Date.valueOf(l.period)).toArray()));
                update.setArray(5, connection.createArrayOf("numeric", lines.stream().map(l -> l.refused() ? null
                        : l.quantity).toArray()));
                update.setArray(6, connection.createArrayOf("numeric", lines.stream().map(l -> l.refused() ? null
                        : l.amount).toArray()));
                update.setArray(7, connection.createArrayOf("text", lines.stream().map(RevenueLine::why).toArray()));
                update.setArray(8, connection.createArrayOf("text", lines.stream().map(l -> csvField(l.field()))
                        .toArray()));
                update.setObject(9, importId);
                update.executeUpdate();
            }
        });
    }

    /** The CSV column a refusal names (the API's field names are camelCase). */
    private static String csvField(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "accountId" -> "account_id";
            case "accountExternalId" -> "account_external_id";
            default -> field;
        };
    }

    /** Every row of a repeated (account, product, month) is refused; then the counts, and the import is READY. */
    private void finishValidation(RevenueImport imported) {
        em.createNativeQuery("""
                update revenue_import_row r
                   set problem = 'Lines ' || d.lines || ' name the same account, product and month; keep one of'
                                 || ' them.', problem_field = 'period'
                  from (select line_no, count(*) over same as n,
                               string_agg(line_no::text, ', ') over same as lines
                          from revenue_import_row
                         where import_id = ?1 and problem is null
                        window same as (partition by account_id, product_id, period order by line_no
                                        rows between unbounded preceding and unbounded following)) d
                 where r.import_id = ?1 and r.line_no = d.line_no and d.n > 1""")
                .setParameter(1, imported.id).executeUpdate();
        imported.refusedRows = ((Number) em.createNativeQuery("select count(*) from revenue_import_row"
                + " where import_id = ?1 and problem is not null").setParameter(1, imported.id).getSingleResult())
                .intValue();
        imported.validatedRows = imported.totalRows;
        imported.status = ImportStatus.READY;
    }

    private boolean commit(RevenueImport imported) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select line_no, account_id, product_id, period, quantity, amount, source
                  from revenue_import_row where import_id = ?1 and line_no > ?2 and problem is null
                 order by line_no limit ?3""")
                .setParameter(1, imported.id).setParameter(2, imported.committedThrough).setParameter(3, CHUNK)
                .getResultList();
        if (rows.isEmpty()) {
            imported.status = ImportStatus.COMMITTED;
            imported.committedAt = Text.now(clock);
            em.createNativeQuery("delete from revenue_import_row where import_id = ?1 and problem is null")
                    .setParameter(1, imported.id).executeUpdate();
            return false;
        }
        List<RevenueLine> lines = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String source = r[6] == null || ((String) r[6]).isBlank() ? RevenueImports.DEFAULT_SOURCE
                    : ((String) r[6]).trim();
            RevenueLine line = new RevenueLine((Integer) r[0], null, null, null, (LocalDate) r[3],
                    (BigDecimal) r[4], (BigDecimal) r[5], source, List.of());
            line.accountId = (UUID) r[1];
            line.productId = (UUID) r[2];
            lines.add(line);
        }
        RevenueIngest.Written written = ingest.write(lines, rules.context().currency(), RevenueIngest.Kind.IMPORT,
                imported.id, 0);
        imported.committedThrough = (Integer) rows.get(rows.size() - 1)[0];
        imported.committedRows += rows.size();
        imported.created += written.created();
        imported.updated += written.updated();
        imported.unchanged += written.unchanged();
        return true;
    }
}
