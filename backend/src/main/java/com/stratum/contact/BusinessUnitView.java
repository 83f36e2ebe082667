package com.stratum.contact;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A part of the customer's organisation that the account's contacts work in.")
public record BusinessUnitView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID accountId,
        @Schema(required = true) String name,
        @Schema(required = true, nullable = true) UUID parentId,
        @Schema(required = true, nullable = true, readOnly = true) String parentName,
        @Schema(required = true) Relevance relevance,
        @Schema(required = true, readOnly = true, description = "Contacts in this unit who have not left the company;"
                + " the unit counts as covered for the coverage rule when this is above 0.") long currentContacts,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {

    static BusinessUnitView of(BusinessUnit b, String parentName, long currentContacts) {
        return new BusinessUnitView(b.id, b.accountId, b.name, b.parentId, parentName, b.relevance, currentContacts,
                b.createdAt, b.updatedAt, b.version);
    }
}
