package com.stratum.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A customer's contract and its renewal.")
public record ContractView(
        @Schema(required = true) UUID id,
        @Schema(required = true, readOnly = true) UUID accountId,
        @Schema(required = true) LocalDate startDate,
        @Schema(required = true) LocalDate endDate,
        @Schema(required = true) BigDecimal annualValue,
        @Schema(required = true) boolean autoRenew,
        @Schema(required = true) int noticeDays,
        @Schema(required = true, readOnly = true, description = "When its RENEWAL opportunity is (or was) due: endDate"
                + " minus noticeDays minus the renewal lead time of the account's tier (tier policy). Moves with"
                + " endDate, noticeDays and the tier until the opportunity exists.") LocalDate renewalDueOn,
        @Schema(required = true, nullable = true, readOnly = true, description = "The RENEWAL opportunity opened for"
                + " it; null before renewalDueOn, or if that opportunity was deleted.") UUID renewalOpportunityId,
        @Schema(required = true, nullable = true, readOnly = true, description = "When its RENEWAL opportunity was"
                + " opened; a contract gets one, once.") Instant renewalCreatedAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; also the ETag.") long version) {

    static ContractView of(Contract c, int leadDays) {
        return new ContractView(c.id, c.accountId, c.startDate, c.endDate, c.annualValue, c.autoRenew, c.noticeDays,
                RenewalDue.on(c.endDate, c.noticeDays, leadDays), c.renewalOpportunityId, c.renewalCreatedAt,
                c.createdAt, c.updatedAt, c.version);
    }
}
