package com.stratum.revenue;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A CSV import of revenue lines: its file, where its job stands, and its counts. Rows are revenue_import_row. */
@Entity
@Table(name = "revenue_import")
public class RevenueImport extends VersionedEntity {
    public String fileName;
    @Enumerated(EnumType.STRING)
    public ImportStatus status;
    public UUID createdBy;
    public int totalRows;
    public int validatedRows;
    public int validatedThrough;
    public int refusedRows;
    public int committedRows;
    public int committedThrough;
    public int created;
    public int updated;
    public int unchanged;
    public String failure;
    public java.util.UUID leaseHolder;
    public Instant leaseUntil;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant committedAt;
}
