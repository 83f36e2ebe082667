package com.stratum.dataimport;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DataImport", description = "A CSV import of accounts or contacts: its file, mapping, preview counts and"
        + " what its commit did. Poll it while its status is VALIDATING or COMMITTING.")
public record DataImportView(
        @Schema(required = true) UUID id,
        @Schema(required = true) ImportKind kind,
        @Schema(required = true) String fileName,
        @Schema(required = true, description = "The file's size in bytes.") int fileBytes,
        @Schema(required = true) DataImportStatus status,
        @Schema(required = true, description = "The file's header, in order.") List<String> headers,
        @Schema(required = true, description = "The columns this kind of import can fill, in order.")
        List<String> columns,
        @Schema(required = true, description = "What a mapping must fill: each entry is one column, or several"
                + " joined by \" or \" of which one is enough.") List<String> requiredColumns,
        @Schema(required = true, description = "Column to the header it is read from: guessed from the headers until"
                + " a mapping is sent, then the mapping sent.") Map<String, String> mapping,
        @Schema(required = true, description = "The file's headers that the mapping reads into no column, in file"
                + " order: their values are not imported (show each, such as \"Column Notes is not imported\").")
        List<String> unmappedHeaders,
        @Schema(required = true, description = "Data rows of the file (the header and blank lines excluded); known"
                + " once the mapping is sent.") int totalRows,
        @Schema(required = true, description = "Rows checked so far; equals totalRows once READY.") int validatedRows,
        @Schema(required = true, description = "Rows refused, each with its reason (GET .../refused-rows).")
        int refusedRows,
        @Schema(required = true, description = "Preview: rows that will create a record.") int willCreate,
        @Schema(required = true, description = "Preview: rows that will change a record they match.") int willUpdate,
        @Schema(required = true, description = "Preview: rows that match a record and change nothing.")
        int willLeaveUnchanged,
        @Schema(required = true, description = "Valid rows written so far by the commit.") int committedRows,
        @Schema(required = true, description = "Records the commit created.") int created,
        @Schema(required = true, description = "Records the commit changed.") int updated,
        @Schema(required = true, description = "Records the commit matched and left as they were.") int unchanged,
        @Schema(required = true, description = "Rows valid in the preview but refused when committed, because the"
                + " data changed in between; they are among the refused rows with their reason.") int failedRows,
        @Schema(required = true, nullable = true, description = "Why the import FAILED, as a whole sentence.")
        String failure,
        @Schema(required = true, nullable = true, description = "Who started the import.") UUID createdById,
        @Schema(required = true, nullable = true, description = "Their name.") String createdByName,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, nullable = true) Instant committedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {

    static DataImportView of(DataImport i, String createdByName, RowWriter writer) {
        return new DataImportView(i.id, i.kind, i.fileName, i.fileBytes, i.status, i.headers,
                writer.fields().stream().map(ImportField::column).toList(),
                writer.required().stream().map(any -> String.join(" or ", any)).toList(),
                i.mapping == null ? Map.of() : i.mapping, unmapped(i.headers, i.mapping), i.totalRows, i.validatedRows, i.refusedRows, i.toCreate,
                i.toUpdate, i.toLeave, i.committedRows, i.created, i.updated, i.unchanged, i.failedRows, i.failure,
                i.createdBy, createdByName, i.createdAt, i.updatedAt, i.committedAt, i.version);
    }

    /** The headers no mapped column reads. */
    static List<String> unmapped(List<String> headers, Map<String, String> mapping) {
        if (headers == null) {
            return List.of();
        }
        java.util.Collection<String> read = mapping == null ? List.of() : mapping.values();
        return headers.stream().filter(h -> !read.contains(h)).toList();
    }
}
