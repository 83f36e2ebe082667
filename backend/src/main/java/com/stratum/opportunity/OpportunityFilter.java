package com.stratum.opportunity;

import com.stratum.accountevent.CompellingEventType;
import com.stratum.common.QueryParams;
import com.stratum.tier.Tier;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the opportunity list; repeat a parameter for "any of". */
public class OpportunityFilter {
    @QueryParam("accountId")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
    public List<String> accountId;

    @QueryParam("type")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = OpportunityType.class))
    public List<String> type;

    @QueryParam("stage")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = Stage.class))
    public List<String> stage;

    @QueryParam("ownerId")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
    public List<String> ownerId;

    @QueryParam("tier")
    @Parameter(description = "The account's tier.", schema = @Schema(type = SchemaType.ARRAY, implementation = Tier.class))
    public List<String> tier;

    @QueryParam("open")
    @Parameter(description = "true: not yet WON or LOST; false: closed.", schema = @Schema(type = SchemaType.BOOLEAN))
    public String open;

    @QueryParam("closeBefore")
    @Parameter(description = "Expected to close on or before this date.",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String closeBefore;

    @QueryParam("closeAfter")
    @Parameter(description = "Expected to close on or after this date.",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String closeAfter;

    @QueryParam("closedAfter")
    @Parameter(description = "Closed (WON or LOST) on or after this date (UTC).",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String closedAfter;

    @QueryParam("closedBefore")
    @Parameter(description = "Closed (WON or LOST) on or before this date (UTC).",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String closedBefore;

    @QueryParam("minAmount")
    @Parameter(schema = @Schema(type = SchemaType.NUMBER))
    public String minAmount;

    @QueryParam("compellingEventType")
    @Parameter(description = "The type of the compelling event the opportunity was born from.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = CompellingEventType.class))
    public List<String> compellingEventType;

    @QueryParam("sort")
    @Parameter(description = "Comma list of expectedCloseDate, amount, updatedAt; prefix - for descending."
            + " Default expectedCloseDate.", example = "-amount")
    public String sort;

    public Criteria criteria() {
        return new Criteria(QueryParams.uuids("accountId", accountId),
                QueryParams.enums("type", type, OpportunityType.class), QueryParams.enums("stage", stage, Stage.class),
                QueryParams.uuids("ownerId", ownerId), QueryParams.enums("tier", tier, Tier.class),
                QueryParams.bool("open", open),
                QueryParams.date("closeBefore", closeBefore), QueryParams.date("closeAfter", closeAfter),
                QueryParams.date("closedAfter", closedAfter), QueryParams.date("closedBefore", closedBefore),
                QueryParams.decimal("minAmount", minAmount),
                QueryParams.enums("compellingEventType", compellingEventType, CompellingEventType.class));
    }

    public record Criteria(List<UUID> accountIds, List<OpportunityType> types, List<Stage> stages,
            List<UUID> ownerIds, List<Tier> tiers, Boolean open, LocalDate closeBefore, LocalDate closeAfter,
            LocalDate closedAfter, LocalDate closedBefore, BigDecimal minAmount,
            List<CompellingEventType> eventTypes) {
    }
}
