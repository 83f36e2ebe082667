package com.stratum.common;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Lets {@link Paging} ask PostgreSQL's planner how many rows a list query would return: Hibernate renders the
 * query to SQL with its parameters bound, and this turns that one statement into an EXPLAIN of it.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ExplainingInspector implements StatementInspector {
    private static final ThreadLocal<Boolean> EXPLAINING = new ThreadLocal<>();

    /** Runs {@code query} (one single-column text result) as {@code explain (format json)}; gives the plan. */
    static String explain(Supplier<String> query) {
        EXPLAINING.set(Boolean.TRUE);
        try {
            return query.get();
        } finally {
            EXPLAINING.remove();
        }
    }

    @Override
    public String inspect(String sql) {
        return Boolean.TRUE.equals(EXPLAINING.get()) ? "explain (format json) " + sql : sql;
    }
}
