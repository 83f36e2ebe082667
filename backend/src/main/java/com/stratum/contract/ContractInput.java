package com.stratum.contract;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable properties of a contract: the body of a create and the form a merge patch is applied to. */
@Schema(name = "ContractInput", description = "Writable properties of a contract.")
public record ContractInput(
        @Schema(required = true, examples = "2026-04-01") @NotNull LocalDate startDate,
        @Schema(required = true, examples = "2027-03-31", description = "The last day of the contract; after"
                + " startDate.") @NotNull LocalDate endDate,
        @Schema(required = true, minimum = "0", description = "What the contract is worth a"
                + " year, in the company currency; the amount of its RENEWAL opportunity.")
        @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal annualValue,
        @Schema(required = true, description = "Whether it renews by itself unless notice is given.")
        @NotNull Boolean autoRenew,
        @Schema(required = true, minimum = "0", maximum = "730", examples = "60", description = "Days of notice"
                + " before the end that either side needs to end or change it.")
        @NotNull @Min(0) @Max(730) Integer noticeDays) {
}
