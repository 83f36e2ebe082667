package com.stratum.common;

import static com.stratum.support.Api.api;
import static com.stratum.support.Fixtures.account;
import static com.stratum.support.Fixtures.accountManager;
import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.account.Account;
import com.stratum.tier.Tier;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.sqm.internal.SqmInterpretationsKey;
import org.hibernate.query.sqm.internal.SqmQueryImpl;
import org.junit.jupiter.api.Test;

/**
 * List filters are written so that Hibernate caches each list query's translation. A parameter that may take a list
 * ("in :p", or "in (:p)" with one value) makes Hibernate translate the query from HQL to SQL again on every
 * execution: measured, a third of the CPU of an account list page. Hibernate caches a plan exactly when it can make
 * the interpretation key checked here.
 */
@QuarkusTest
class QueryPlanCacheTest {
    @Inject
    EntityManager em;

    @Test
    @Transactional
    void filtersOnOneOrSeveralValuesKeepTheQueryPlanCacheable() {
        for (int owners = 1; owners <= 5; owners++) {
            List<UUID> ids = java.util.stream.IntStream.range(0, owners).mapToObj(i -> UUID.randomUUID()).toList();
            QueryBuilder filters = new QueryBuilder().in("a.tier", List.of(Tier.STANDARD)).in("a.ownerId", ids);
            TypedQuery<Account> query = filters.create(em, "select a from Account a" + filters.where(), Account.class);
            assertThat(cacheable(query)).as("%d owners: %s", owners, filters.where()).isTrue();
            assertThat(query.getResultList()).isEmpty();
        }
    }

    @Test
    @Transactional
    void aCollectionBoundToOneParameterIsNotCacheable() {
        // The reason for QueryBuilder.oneOf: if Hibernate starts caching these, the padding can go.
        TypedQuery<Account> query = em.createQuery("select a from Account a where a.tier in :tiers", Account.class)
                .setParameter("tiers", List.of(Tier.STANDARD, Tier.KEY));
        assertThat(cacheable(query)).isFalse();
    }

    @Test
    void severalOwnersPaddedToFourStillSelectExactlyTheirAccounts() {
        String first = accountManager();
        String second = accountManager();
        String third = accountManager();
        String elsewhere = accountManager();
        List<String> wanted = List.of(account(Map.of("ownerId", first)), account(Map.of("ownerId", second)),
                account(Map.of("ownerId", third)));
        account(Map.of("ownerId", elsewhere));

        List<String> listed = api().queryParam("ownerId", first, second, third).get("/api/v1/accounts").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);

        assertThat(listed).containsExactlyInAnyOrderElementsOf(wanted);
    }

    private static boolean cacheable(TypedQuery<?> query) {
        return SqmInterpretationsKey.createInterpretationsKey(query.unwrap(SqmQueryImpl.class)) != null;
    }
}
