package com.stratum.revenue;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A CSV import of revenue lines: where it stands and its counts. Poll it while its status is"
        + " UPLOADING, VALIDATING or COMMITTING.")
public record RevenueImportView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String fileName,
        @Schema(required = true) ImportStatus status,
        @Schema(required = true, description = "Data rows received (the header excluded).") int totalRows,
        @Schema(required = true, description = "Rows checked so far; equals totalRows once READY.") int validatedRows,
        @Schema(required = true, description = "Rows refused, each with its reason (GET .../refused-rows).")
        int refusedRows,
        @Schema(required = true, description = "Valid rows: the lines a commit sends.") int validRows,
        @Schema(required = true, description = "Valid rows sent so far by the commit.") int committedRows,
        @Schema(required = true, description = "Lines the commit created.") int created,
        @Schema(required = true, description = "Lines the commit replaced by different figures.") int updated,
        @Schema(required = true, description = "Lines the commit found with the same figures.") int unchanged,
        @Schema(required = true, nullable = true, description = "Why the import FAILED, as a whole sentence.")
        String failure,
        @Schema(required = true, nullable = true) UUID createdById,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, nullable = true) Instant committedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {

    static RevenueImportView of(RevenueImport i) {
        return new RevenueImportView(i.id, i.fileName, i.status, i.totalRows, i.validatedRows, i.refusedRows,
                i.status == ImportStatus.UPLOADING || i.status == ImportStatus.VALIDATING ? 0
                        : i.totalRows - i.refusedRows, i.committedRows, i.created, i.updated, i.unchanged, i.failure,
                i.createdBy, i.createdAt, i.updatedAt, i.committedAt, i.version);
    }
}
