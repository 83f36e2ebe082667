package com.stratum.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person at the customer.")
public record ContactView(
        @Schema(required = true) UUID id,
        @Schema(required = true, readOnly = true) UUID accountId,
        @Schema(required = true, readOnly = true) String accountName,
        @Schema(required = true) String name,
        @Schema(required = true, nullable = true, description = "The contact's id in the integrator's system; unique"
                + " within the account.") String externalId,
        @Schema(required = true, nullable = true) String title,
        @Schema(required = true, nullable = true) String email,
        @Schema(required = true, nullable = true) String phone,
        @Schema(required = true, nullable = true) UUID businessUnitId,
        @Schema(required = true, nullable = true, readOnly = true) String businessUnitName,
        @Schema(required = true, nullable = true) BuyingRole buyingRole,
        @Schema(required = true, nullable = true) Integer influence,
        @Schema(required = true, nullable = true) Stance stance,
        @Schema(required = true, nullable = true) PreferredChannel preferredChannel,
        @Schema(required = true, nullable = true, description = "ISO 639-1, lower case.") String preferredLanguage,
        @Schema(required = true, nullable = true) UUID reportsToId,
        @Schema(required = true, nullable = true, readOnly = true) String reportsToName,
        @Schema(required = true, nullable = true) UUID relationshipOwnerId,
        @Schema(required = true, nullable = true, readOnly = true) String relationshipOwnerName,
        @Schema(required = true, nullable = true) LocalDate leftCompanyOn,
        @Schema(required = true, nullable = true, readOnly = true, description = "The last activity with this"
                + " person, from the account's timeline; null until the timeline records one.") Instant lastTouchAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {

    static ContactView of(Contact c, String accountName, String businessUnitName, String reportsToName,
            String ownerName) {
        return new ContactView(c.id, c.accountId, accountName, c.name, c.externalId, c.title, c.email, c.phone, c.businessUnitId,
                businessUnitName, c.buyingRole, c.influence, c.stance, c.preferredChannel, c.preferredLanguage,
                c.reportsToId, reportsToName, c.relationshipOwnerId, ownerName, c.leftCompanyOn, c.lastTouchAt,
                c.createdAt, c.updatedAt, c.version);
    }
}
