package com.stratum.revenuealert;

import com.stratum.common.QueryParams;
import com.stratum.tier.Tier;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the alert list; repeat a parameter for "any of". */
public class AlertFilter {
    @QueryParam("status")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = AlertStatus.class))
    public List<String> status;

    @QueryParam("rule")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = AlertRule.class))
    public List<String> rule;

    @QueryParam("tier")
    @Parameter(description = "The account's tier.", schema = @Schema(type = SchemaType.ARRAY, implementation = Tier.class))
    public List<String> tier;

    @QueryParam("ownerId")
    @Parameter(description = "Only alerts of accounts these users own.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
    public List<String> ownerId;

    @QueryParam("accountId")
    @Parameter(description = "Only alerts of these accounts.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
    public List<String> accountId;

    @QueryParam("sort")
    @Parameter(description = "Comma list of detectedAt, amountAtRisk; prefix - for descending. Default -detectedAt"
            + " (newest first).", example = "-amountAtRisk")
    public String sort;

    /** The parsed filter; a malformed value is a 400. */
    public Criteria criteria() {
        return new Criteria(QueryParams.enums("status", status, AlertStatus.class),
                QueryParams.enums("rule", rule, AlertRule.class), QueryParams.enums("tier", tier, Tier.class),
                QueryParams.uuids("ownerId", ownerId), QueryParams.uuids("accountId", accountId));
    }

    public record Criteria(List<AlertStatus> statuses, List<AlertRule> rules, List<Tier> tiers, List<UUID> ownerIds,
            List<UUID> accountIds) {
    }
}
