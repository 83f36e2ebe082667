package com.stratum.revenue;

import com.stratum.common.CsvExport;
import java.time.Instant;
import com.stratum.common.Sync;
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

    private final Sync sync;

    private final CsvExport csv;

    public ProductQueries(Paging paging, Sync sync, CsvExport csv) {
        this.sync = sync;
        this.csv = csv;
        this.paging = paging;
    }

    /** The columns of the products list as CSV, as the contract names them. */
    public static final String CSV = "id,sku,name,family,recurring,active,createdAt,updatedAt,version";
    private static final CsvExport.Columns<ProductView> CSV_COLUMNS = CsvExport.columns(CSV, ProductView.class);

    @Transactional
    public ProductPage list(ProductFilter.Criteria filter, Instant updatedAfter, String sort, int limit,
            String cursor) {
        return paging.page(LIST, filters(filter, updatedAfter), keyset(updatedAfter, sort), limit, cursor)
                .map(ProductView::of).to(ProductPage::new);
    }

    /** Every product the filters match, in the list's order, as CSV streamed from a cursor. */
    public jakarta.ws.rs.core.Response csv(ProductFilter.Criteria filter, Instant updatedAfter, String sort) {
        return csv.response("products", LIST, filters(filter, updatedAfter), keyset(updatedAfter, sort),
                rows -> rows.stream().map(ProductView::of).toList(), CSV_COLUMNS, em -> { });
    }

    private static Keyset<Product> keyset(Instant updatedAfter, String sort) {
        return Keyset.parse(Sync.sort(updatedAfter, sort), "sku", SORTS, "p.id", p -> p.id);
    }

    private QueryBuilder filters(ProductFilter.Criteria filter, Instant updatedAfter) {
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "p.updatedAt", query);
        if (filter.q() != null) {
            String pattern = query.param(QueryParams.containsPattern(filter.q()));
            query.and("(lower(p.sku) like " + pattern + " escape '\\' or lower(p.name) like " + pattern
                    + " escape '\\')");
        }
        query.in("p.family", filter.families());
        if (filter.active() != null) {
            query.and("p.active = " + query.param(filter.active()));
        }
        return query;
    }

    public Product find(UUID id) {
        Product product = Product.findById(id);
        if (product == null) {
            throw ApiProblem.notFound("product", id);
        }
        return product;
    }
}
