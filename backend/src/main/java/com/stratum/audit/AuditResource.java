package com.stratum.audit;

import com.stratum.common.PageParams;
import com.stratum.common.QueryParams;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log", description = "Every write, append-only. Admins only.")
public class AuditResource {
    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @SecurityRequirement(name = "apiToken", scopes = Scope.ADMIN_NAME)
    @Operation(operationId = "listAuditEvents", summary = "List audit events",
            description = "Newest first. Needs the ADMIN role (and the admin scope for tokens).")
    public AuditPage list(
            @QueryParam("entityType") @Parameter(description = "account, tier-change, growth-baseline, user,"
                    + " tier-policy, survey-template, survey-question, qbr, qbr-answer, qbr-follow-up, opportunity,"
                    + " opportunity-stage-change, api-token, session, account-team-member, company-settings, activity,"
                    + " activity-contact, account-event, product, revenue-ingest (one record per revenue ingest) or"
                    + " data-import (a CSV import of accounts or contacts; the records it writes name it as their"
                    + " action, import:{id}).") String entityType,
            @QueryParam("entityId") @Parameter(description = "The changed record's id.") String entityId,
            @QueryParam("actorId") @Parameter(description = "The user who made the change.",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String actorId,
            @QueryParam("from") @Parameter(description = "At or after this instant.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @QueryParam("to") @Parameter(description = "Before this instant.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to,
            @QueryParam("sort") @Parameter(description = "occurredAt or -occurredAt (default).",
                    example = "-occurredAt") String sort,
            @BeanParam PageParams page) {
        var filter = new AuditService.Filter(QueryParams.text("entityType", entityType),
                QueryParams.text("entityId", entityId), QueryParams.uuid("actorId", actorId),
                QueryParams.instant("from", from), QueryParams.instant("to", to));
        return audit.list(filter, sort, page.limit(), page.cursor);
    }
}
