package com.stratum.revenue;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.MergePatch;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Product writes and their rules, the one home of them: managers and admins create and change products; a SKU is
 * unique whatever its case (409 naming the holder, with existingId); a product is never deleted (its lines refer
 * to it), it is deactivated, and an inactive product takes no new lines.
 */
@ApplicationScoped
public class ProductService {
    private final EntityManager em;
    private final ProductQueries queries;
    private final Validation validation;
    private final MergePatch mergePatch;
    private final Clock clock;

    public ProductService(EntityManager em, ProductQueries queries, Validation validation, MergePatch mergePatch,
            Clock clock) {
        this.em = em;
        this.queries = queries;
        this.validation = validation;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional
    public ProductView create(ProductInput input) {
        CurrentCaller.requireRole(Role.MANAGER, "Creating a product");
        validation.check(input);
        Instant now = Text.now(clock);
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.createdAt = now;
        apply(product, input, now);
        product.persist();
        em.flush();
        return ProductView.of(product);
    }

    @Transactional
    public ProductView patch(UUID id, JsonNode patch, String ifMatch) {
        CurrentCaller.requireRole(Role.MANAGER, "Changing a product");
        Product product = queries.find(id);
        ETags.check(ifMatch, product.version);
        ProductInput current = form(product);
        ProductInput changed = validation.check(mergePatch.apply(current, patch, MergePatch.METADATA,
                ProductInput.class));
        if (!changed.equals(current)) {
            apply(product, changed, Text.now(clock));
            em.flush();
        }
        return ProductView.of(product);
    }

    @Transactional
    public ProductView get(UUID id) {
        return ProductView.of(queries.find(id));
    }

    private void apply(Product product, ProductInput input, Instant now) {
        String sku = input.sku().trim();
        List<Product> same = Product.list("upper(sku) = ?1 and id <> ?2", sku.toUpperCase(Locale.ROOT), product.id);
        if (!same.isEmpty()) {
            Product holder = same.get(0);
            throw ApiProblem.conflict("duplicate", "Duplicate value", "Another product, " + holder.name
                            + ", already has the SKU " + holder.sku + " (SKUs are the same whatever their case); use"
                            + " another SKU, or change " + holder.name + "'s first.")
                    .with("field", "sku").with("existingId", holder.id);
        }
        product.sku = sku;
        product.name = input.name().trim();
        product.family = input.family().trim();
        product.recurring = input.recurring();
        product.active = input.active() == null || input.active();
        product.updatedAt = now;
    }

    private static ProductInput form(Product p) {
        return new ProductInput(p.sku, p.name, p.family, p.recurring, p.active);
    }
}
