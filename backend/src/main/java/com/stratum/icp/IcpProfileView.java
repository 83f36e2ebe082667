package com.stratum.icp;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The default ICP profile (the oldest of the profiles) and the tier review's thresholds.")
public record IcpProfileView(
        @Schema(required = true, description = "The default profile's id (GET /api/v1/icp-profiles/{id}).")
        UUID profileId,
        @Schema(required = true) String profileName,
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
        @Schema(required = true, description = "The thresholds' and the default profile's versions together.")
        long version) {

    static IcpProfileView of(IcpProfile p, IcpSettings s) {
        return new IcpProfileView(p.id, p.name, List.copyOf(p.industries), List.copyOf(p.countries), p.employeesMin,
                p.employeesMax, p.revenueMin, p.revenueMax, p.industryWeight, p.employeesWeight, p.revenueWeight,
                p.countryWeight, s.reviewLowFit, s.reviewHighFit, s.reviewMonths,
                p.updatedAt.isAfter(s.updatedAt) ? p.updatedAt : s.updatedAt, version(p, s));
    }

    /** Both rows' versions only grow, so their sum changes with every write to either. */
    static long version(IcpProfile p, IcpSettings s) {
        return p.version + s.version;
    }
}
