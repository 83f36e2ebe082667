package com.stratum.revenue;

import com.stratum.account.AccountArr;
import com.stratum.common.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Lands judged revenue lines, for the batch API and each chunk of a CSV import alike, in one set-based statement:
 * {@code insert ... on conflict (account, product, period) do update ... where} the figures differ, returning the
 * lines created or changed (a line not returned was unchanged). So statement-level triggers on revenue_line fire
 * once per ingest whatever its size. Then, in the same transaction: the ARR of the touched accounts whose arrSource
 * is REVENUE ({@link AccountArr}), one {@code revenue_ingest} row (the ingest's audit record) and
 * {@link RevenueIngested} with the accounts whose lines were created or changed.
 */
@ApplicationScoped
public class RevenueIngest {
    public enum Kind { BATCH, IMPORT }

    /** What became of the lines written: created or updated (absent: unchanged), and the touched accounts. */
    public record Written(Map<RevenueLine, Boolean> createdOrUpdated, int created, int updated, int unchanged,
            Set<UUID> accounts) {
    }

    private final EntityManager em;
    private final AccountArr arrs;
    private final Event<RevenueIngested> ingested;
    private final Clock clock;

    public RevenueIngest(EntityManager em, AccountArr arrs, Event<RevenueIngested> ingested, Clock clock) {
        this.em = em;
        this.arrs = arrs;
        this.ingested = ingested;
        this.clock = clock;
    }

    /**
     * Writes {@code lines} (all resolved, none refused) in the company currency; {@code refused} is how many lines
     * of the same ingest were refused, for its record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Written write(List<RevenueLine> lines, String currency, Kind kind, UUID importId, int refused) {
        Instant now = Text.now(clock);
        Map<String, Boolean> changed = lines.isEmpty() ? Map.of() : upsert(lines, currency, now);
        Map<RevenueLine, Boolean> results = new HashMap<>();
        Set<UUID> accounts = new HashSet<>();
        int created = 0;
        int updated = 0;
        for (RevenueLine line : lines) {
            Boolean inserted = changed.get(key(line.accountId, line.productId, line.period.toString()));
            if (inserted != null) {
                results.put(line, inserted);
                accounts.add(line.accountId);
                if (inserted) {
                    created++;
                } else {
                    updated++;
                }
            }
        }
        arrs.refresh(accounts);
        em.createNativeQuery("insert into revenue_ingest (id, kind, import_id, lines, created, updated, unchanged,"
                        + " refused, accounts, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, kind.name()).setParameter(3, importId)
                .setParameter(4, lines.size() + refused).setParameter(5, created).setParameter(6, updated)
                .setParameter(7, lines.size() - created - updated).setParameter(8, refused)
                .setParameter(9, accounts.size()).setParameter(10, now).executeUpdate();
        if (!accounts.isEmpty()) {
            ingested.fire(new RevenueIngested(Set.copyOf(accounts)));
        }
        return new Written(results, created, updated, lines.size() - created - updated, accounts);
    }

    private Map<String, Boolean> upsert(List<RevenueLine> lines, String currency, Instant now) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, Boolean> changed = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    insert into revenue_line as r (account_id, product_id, period, quantity, amount, currency, source,
                                                   updated_at)
                    select t.account_id, t.product_id, t.period, t.quantity, t.amount, ?, t.source, ?
                      from unnest(?::uuid[], ?::uuid[], ?::date[], ?::numeric[], ?::numeric[], ?::text[])
                           as t(account_id, product_id, period, quantity, amount, source)
                    on conflict (account_id, product_id, period) do update
                       set quantity = excluded.quantity, amount = excluded.amount, currency = excluded.currency,
                           source = excluded.source, updated_at = excluded.updated_at
                     where (r.quantity, r.amount, r.currency, r.source)
                           is distinct from (excluded.quantity, excluded.amount, excluded.currency, excluded.source)
                    returning r.account_id, r.product_id, r.period, (xmax = 0) as inserted""")) {
                statement.setString(1, currency);
                statement.setTimestamp(2, Timestamp.from(now));
                statement.setArray(3, array(connection, "uuid", lines.stream().map(l -> l.accountId).toArray()));
                statement.setArray(4, array(connection, "uuid", lines.stream().map(l -> l.productId).toArray()));
                statement.setArray(5, array(connection, "date",
                        lines.stream().map(l -> java.sql.Date.valueOf(l.period)).toArray()));
                statement.setArray(6, array(connection, "numeric", lines.stream().map(l -> l.quantity).toArray()));
                statement.setArray(7, array(connection, "numeric", lines.stream().map(l -> l.amount).toArray()));
                statement.setArray(8, array(connection, "text", lines.stream().map(l -> l.source).toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        changed.put(key(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                                rows.getDate(3).toLocalDate().toString()), rows.getBoolean(4));
                    }
                }
            }
            return changed;
        });
    }

    private static Array array(Connection connection, String type, Object[] values) throws java.sql.SQLException {
        return connection.createArrayOf(type, values);
    }

    private static String key(UUID account, UUID product, String period) {
        return account + "/" + product + "/" + period;
    }
}
