package com.stratum.icp;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The default ICP profile (the oldest of the profiles, GET /api/v1/icp-profiles) and the tier"
        + " review's thresholds: each criterion the profile sets counts with its weight (an empty list or a range"
        + " without ends leaves it open).")
public record IcpProfileInput(
        @Schema(required = true, description = "Industries that fit, compared without case; empty: any.")
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> industries,
        @Schema(required = true, description = "ISO 3166-1 alpha-2 country codes that fit; empty: any.")
        @NotNull @Size(max = 250) List<@NotBlank @Size(min = 2, max = 2) String> countries,
        @Schema(nullable = true) @Min(0) @Max(10_000_000) Integer employeesMin,
        @Schema(nullable = true) @Min(0) @Max(10_000_000) Integer employeesMax,
        @Schema(nullable = true) @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal revenueMin,
        @Schema(nullable = true) @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal revenueMax,
        @Schema(required = true) @NotNull @Min(0) @Max(100) Integer industryWeight,
        @Schema(required = true) @NotNull @Min(0) @Max(100) Integer employeesWeight,
        @Schema(required = true) @NotNull @Min(0) @Max(100) Integer revenueWeight,
        @Schema(required = true) @NotNull @Min(0) @Max(100) Integer countryWeight,
        @Schema(required = true, description = "KEY and STRATEGIC accounts below this fit are listed by the tier"
                + " review.") @NotNull @Min(0) @Max(100) Integer reviewLowFit,
        @Schema(required = true, description = "STANDARD accounts at or above this fit are listed by the tier"
                + " review; above reviewLowFit.") @NotNull @Min(0) @Max(100) Integer reviewHighFit,
        @Schema(required = true, description = "Months between tier reviews: 1, 2, 3, 4, 6 (semi-annual, the"
                + " default) or 12.") @NotNull @Min(1) @Max(12) Integer reviewMonths) implements IcpCriteriaInput {
}
