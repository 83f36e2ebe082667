package com.stratum.revenue;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something the company sells, known to billing by its SKU (unique whatever its case). */
@Entity
@Table(name = "product")
public class Product extends VersionedEntity {
    public String sku;
    public String name;
    public String family;
    /** Recurring products' lines make an account's ARR when its arrSource is REVENUE. */
    public boolean recurring;
    /** An inactive product takes no new revenue lines; its past lines stay. */
    public boolean active;
    public Instant createdAt;
    public Instant updatedAt;
}
