package com.stratum.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Products and revenue lines written straight into the tables (V29), until the ingest API exists on this branch:
 * the lead switches these to POST /api/v1/revenue-lines/batch after merging.
 */
public final class RevenueData {
    private RevenueData() {
    }

    /** A new product, recurring or not; returns its id. */
    public static UUID product(boolean recurring) {
        UUID id = UUID.randomUUID();
        run("insert into product (id, sku, name, family, recurring, active, created_at, updated_at)"
                + " values (?1, ?2, ?3, 'Test family', ?4, true, now(), now())", id, "SKU-" + id, "Product " + id,
                recurring);
        return id;
    }

    /** Writes (or replaces) the line of the account, product and month. */
    public static void line(String accountId, UUID productId, LocalDate month, String amount) {
        run("insert into revenue_line (account_id, product_id, period, quantity, amount, currency, source, updated_at)"
                + " values (?1, ?2, ?3, 1, ?4, (select currency from company_settings), 'test', now())"
                + " on conflict (account_id, product_id, period) do update set amount = excluded.amount,"
                + " updated_at = excluded.updated_at", UUID.fromString(accountId), productId,
                month.withDayOfMonth(1), new BigDecimal(amount));
    }

    /** The same amount in each of the 12 months from {@code first}. */
    public static void months(String accountId, UUID productId, LocalDate first, String monthlyAmount) {
        for (int i = 0; i < 12; i++) {
            line(accountId, productId, first.plusMonths(i), monthlyAmount);
        }
    }

    public static void run(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = CDI.current().select(EntityManager.class).get();
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            query.executeUpdate();
        });
    }

    public static Object single(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = CDI.current().select(EntityManager.class).get();
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.getSingleResult();
        });
    }
}
