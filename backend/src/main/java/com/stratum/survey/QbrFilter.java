package com.stratum.survey;

import com.stratum.common.QueryParams;
import com.stratum.tier.Tier;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the QBR list; repeat a parameter for "any of". */
public class QbrFilter {
    @QueryParam("accountId")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
    public List<String> accountId;

    @QueryParam("status")
    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = QbrStatus.class))
    public List<String> status;

    @QueryParam("failing")
    @Parameter(description = "true: answered QBRs whose overall grade is below B; false: answered and passing.",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String failing;

    @QueryParam("ownerId")
    @Parameter(description = "The account's owner.", schema = @Schema(type = SchemaType.ARRAY,
            implementation = UUID.class))
    public List<String> ownerId;

    @QueryParam("tier")
    @Parameter(description = "The account's tier.", schema = @Schema(type = SchemaType.ARRAY,
            implementation = Tier.class))
    public List<String> tier;

    @QueryParam("answeredFrom")
    @Parameter(description = "Answered on or after this date (UTC).", schema = @Schema(type = SchemaType.STRING,
            format = "date"))
    public String answeredFrom;

    @QueryParam("answeredTo")
    @Parameter(description = "Answered on or before this date (UTC).", schema = @Schema(type = SchemaType.STRING,
            format = "date"))
    public String answeredTo;

    @QueryParam("sort")
    @Parameter(description = "Comma list of createdAt, scheduledFor, answeredAt, updatedAt; prefix - for descending."
            + " Default -createdAt.", example = "-answeredAt")
    public String sort;

    public Criteria criteria() {
        return new Criteria(QueryParams.uuids("accountId", accountId),
                QueryParams.enums("status", status, QbrStatus.class), QueryParams.bool("failing", failing),
                QueryParams.uuids("ownerId", ownerId), QueryParams.enums("tier", tier, Tier.class),
                QueryParams.date("answeredFrom", answeredFrom), QueryParams.date("answeredTo", answeredTo));
    }

    public record Criteria(List<UUID> accountIds, List<QbrStatus> statuses, Boolean failing, List<UUID> ownerIds,
            List<Tier> tiers, LocalDate answeredFrom, LocalDate answeredTo) {
    }
}
