package com.stratum.revenue;

import com.stratum.common.ApiProblem;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.QueryParams;
import com.stratum.common.SortField;
import com.stratum.common.SortField.ValueType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Reads of products: one query per page (and its count). */
@ApplicationScoped
public class ProductQueries {
    private static final Paging.Query<Product> LIST = Paging.Query.of("p", "Product p", Product.class);
    private static final List<SortField<Product>> SORTS = List.of(
            new SortField<>("sku", "upper(p.sku)", ValueType.STRING, false, p -> p.sku.toUpperCase(java.util.Locale.ROOT)),
            new SortField<>("name", "p.name", ValueType.STRING, false, p -> p.name),
            new SortField<>("family", "p.family", ValueType.STRING, false, p -> p.family),
            new SortField<>("updatedAt", "p.updatedAt", ValueType.INSTANT, false, p -> p.updatedAt));

    private final Paging paging;

    public ProductQueries(Paging paging) {
        this.paging = paging;
    }

    @Transactional
    public ProductPage list(ProductFilter.Criteria filter, String sort, int limit, String cursor) {
        Keyset<Product> keyset = Keyset.parse(sort, "sku", SORTS, "p.id", p -> p.id);
        QueryBuilder query = new QueryBuilder();
        if (filter.q() != null) {
            String pattern = query.param(QueryParams.containsPattern(filter.q()));
            query.and("(lower(p.sku) like " + pattern + " escape '\\' or lower(p.name) like " + pattern
                    + " escape '\\')");
        }
        query.in("p.family", filter.families());
        if (filter.active() != null) {
            query.and("p.active = " + query.param(filter.active()));
        }
        return paging.page(LIST, query, keyset, limit, cursor).map(ProductView::of).to(ProductPage::new);
    }

    public Product find(UUID id) {
        Product product = Product.findById(id);
        if (product == null) {
            throw ApiProblem.notFound("product", id);
        }
        return product;
    }
}
