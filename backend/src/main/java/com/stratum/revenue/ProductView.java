package com.stratum.revenue;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something the company sells, known to billing by its SKU.")
public record ProductView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String sku,
        @Schema(required = true) String name,
        @Schema(required = true) String family,
        @Schema(required = true) boolean recurring,
        @Schema(required = true) boolean active,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {

    static ProductView of(Product p) {
        return new ProductView(p.id, p.sku, p.name, p.family, p.recurring, p.active, p.createdAt, p.updatedAt,
                p.version);
    }
}
