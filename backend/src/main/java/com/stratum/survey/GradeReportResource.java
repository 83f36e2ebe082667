package com.stratum.survey;

import com.stratum.common.QueryParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import com.stratum.tier.Tier;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports/grades")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.SURVEYS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "KPIs computed in the database.")
public class GradeReportResource {
    private final GradeReports reports;

    public GradeReportResource(GradeReports reports) {
        this.reports = reports;
    }

    @GET
    @Operation(operationId = "getGradeReport", summary = "Grade distribution, share failing, CSAT and NPS",
            description = "Over QBRs answered from `from` to `to` inclusive (UTC dates; default the last 12 months).")
    public GradeReport grades(
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("tier") @Parameter(description = "The account's tier; repeat for any of several.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Tier.class)) List<String> tier,
            @QueryParam("ownerId") @Parameter(description = "The account's owner; repeat for any of several.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) List<String> ownerId) {
        return reports.grades(new GradeReports.Criteria(QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.enums("tier", tier, Tier.class), QueryParams.uuids("ownerId", ownerId)));
    }
}
