package com.stratum.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Products and revenue lines written straight into their tables (V29), for tests of what follows from revenue
 * (alerts) until they can go through the ingest API.
 */
public final class RevenueLines {
    private RevenueLines() {
    }

    /** The latest complete month today (real time, as the application's clock in tests unless moved). */
    public static YearMonth latestCompleteMonth() {
        return YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    }

    /** A new product with a unique SKU; its id. */
    public static String product(EntityManager em, String name) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into product (id, sku, name, family, recurring, active, created_at, updated_at, version)
                values (:id, :sku, :name, 'Consumables', true, true, now(), now(), 0)""")
                .setParameter("id", id).setParameter("sku", Fixtures.unique("SKU")).setParameter("name", name)
                .executeUpdate());
        return id.toString();
    }

    /**
     * The product's quantities per month, oldest first, ending with {@code end}; each unit costs 10. A zero writes
     * no line (nothing bought).
     */
    public static void series(EntityManager em, String accountId, String productId, YearMonth end,
            double... quantities) {
        QuarkusTransaction.requiringNew().run(() -> {
            YearMonth month = end.minusMonths(quantities.length - 1L);
            for (double q : quantities) {
                if (q > 0) {
                    BigDecimal quantity = BigDecimal.valueOf(q);
                    em.createNativeQuery("""
                            insert into revenue_line (account_id, product_id, period, quantity, amount, currency,
                                                      source, updated_at)
                            values (:account, :product, :period, :quantity, :amount, 'EUR', 'test', now())""")
                            .setParameter("account", UUID.fromString(accountId))
                            .setParameter("product", UUID.fromString(productId))
                            .setParameter("period", month.atDay(1)).setParameter("quantity", quantity)
                            .setParameter("amount", quantity.multiply(BigDecimal.TEN)).executeUpdate();
                }
                month = month.plusMonths(1);
            }
        });
    }
}
