package com.stratum.icp;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The ideal customer profile and the tier review's thresholds.")
public record IcpProfileView(
        @Schema(required = true) List<String> industries,
        @Schema(required = true) List<String> countries,
        @Schema(required = true, nullable = true) Integer employeesMin,
        @Schema(required = true, nullable = true) Integer employeesMax,
        @Schema(required = true, nullable = true) BigDecimal revenueMin,
        @Schema(required = true, nullable = true) BigDecimal revenueMax,
        @Schema(required = true) int industryWeight,
        @Schema(required = true) int employeesWeight,
        @Schema(required = true) int revenueWeight,
        @Schema(required = true) int countryWeight,
        @Schema(required = true) int reviewLowFit,
        @Schema(required = true) int reviewHighFit,
        @Schema(required = true) int reviewMonths,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static IcpProfileView of(IcpProfile p) {
        return new IcpProfileView(List.copyOf(p.industries), List.copyOf(p.countries), p.employeesMin, p.employeesMax,
                p.revenueMin, p.revenueMax, p.industryWeight, p.employeesWeight, p.revenueWeight, p.countryWeight,
                p.reviewLowFit, p.reviewHighFit, p.reviewMonths, p.updatedAt, p.version);
    }
}
