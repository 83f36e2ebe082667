package com.stratum.survey;

import jakarta.ws.rs.core.HttpHeaders;
import com.stratum.common.CsvParams;
import com.stratum.common.CsvExport;
import com.stratum.common.SyncParams;
import com.stratum.common.PageParams;
import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/qbrs")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.SURVEYS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class QbrResource {
    static final String ANSWERS_EXAMPLE = """
            {"answers": [
              {"questionId": "00000000-0000-4000-8000-000000000101", "grade": "C", "why": "Few ideas beyond the renewal"},
              {"questionId": "00000000-0000-4000-8000-000000000102", "grade": "B+"},
              {"questionId": "00000000-0000-4000-8000-000000000103", "grade": "B"},
              {"questionId": "00000000-0000-4000-8000-000000000104", "grade": "B-", "why": "New team does not know our processes"},
              {"questionId": "00000000-0000-4000-8000-000000000105", "score": 7},
              {"questionId": "00000000-0000-4000-8000-000000000106", "text": "Bring us an industry benchmark"}]}""";

    private final QbrService qbrs;
    private final QbrQueries queries;

    public QbrResource(QbrService qbrs, QbrQueries queries) {
        this.qbrs = qbrs;
        this.queries = queries;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listQbrs", summary = "List QBR rounds across accounts",
            description = "Keyset-paged. As CSV (Accept: text/csv or format=csv): every QBR the filters match,"
                    + " unpaged.")
    @APIResponse(responseCode = "200", description = "A page of QBRs, or all of them as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QbrPage.class)),
            @Content(mediaType = CsvExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Columns: " + QbrQueries.CSV))})
    public Response list(@BeanParam QbrFilter filter, @BeanParam SyncParams sync, @BeanParam CsvParams format,
            @BeanParam PageParams page, @Context HttpHeaders headers) {
        if (format.wanted(headers)) {
            return queries.csv(filter.criteria(), sync.after(), filter.sort);
        }
        return Response.ok(queries.list(filter.criteria(), sync.after(), filter.sort, page.limit(), page.cursor))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getQbr", summary = "Get a QBR round with its questions, answers and result")
    @APIResponse(responseCode = "200", description = "The QBR",
            content = @Content(schema = @Schema(implementation = QbrView.class)))
    public Response get(@PathParam("id") UUID id) {
        QbrView qbr = qbrs.get(id);
        return Responses.ok(qbr, qbr.version());
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.SURVEYS_WRITE_NAME)
    @Produces(MediaType.WILDCARD) // no body: any Accept will do (a generated client asks for problem+json)
    @Operation(operationId = "cancelQbr", summary = "Cancel a QBR round that is not answered",
            description = "Its link stops working.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "409", description = "The QBR is answered")
    public void cancel(@PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        qbrs.cancel(id, ifMatch);
    }

    @POST
    @Path("/{id}/invitation")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.SURVEYS_WRITE_NAME)
    @Operation(operationId = "sendQbrInvitation", summary = "Create the customer's survey link",
            description = "The QBR becomes SENT. A new invitation invalidates the previous link. The link is shown"
                    + " only in this response. It works for the configured number of days (STRATUM_SURVEY_LINK_DAYS)"
                    + " past the review date, or past sending when that is later. Sending is not holding the QBR:"
                    + " the account's next QBR date moves when the QBR is answered.")
    @APIResponse(responseCode = "201", description = "The link",
            headers = @Header(name = "Location", description = "The QBR the invitation belongs to.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Invitation.class)))
    @APIResponse(responseCode = "409", description = "The QBR is answered or cancelled")
    public Response invite(@PathParam("id") UUID id, @Context UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/v1/qbrs").path(id.toString()).build())
                .entity(qbrs.invite(id)).build();
    }

    @POST
    @Path("/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.SURVEYS_WRITE_NAME)
    @Operation(operationId = "recordQbrResponses", summary = "Record answers taken on a call",
            description = "Same rules as the customer's link: every GRADE and NPS question answered, a reason for"
                    + " every grade below B.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ResponseInput.class),
            examples = @ExampleObject(name = "call", value = ANSWERS_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The answered QBR",
            content = @Content(schema = @Schema(implementation = QbrView.class)))
    @APIResponse(responseCode = "409", description = "The QBR is already answered or cancelled")
    public Response record(@PathParam("id") UUID id, ResponseInput input) {
        QbrView qbr = qbrs.recordCall(id, input, CurrentCaller.whoName());
        return Responses.status(Response.Status.CREATED, qbr, qbr.version());
    }

    @PUT
    @Path("/{id}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.SURVEYS_WRITE_NAME)
    @Operation(operationId = "setQbrFollowUp", summary = "Set the follow-up of a failing QBR",
            description = "The target must be " + FollowUpPolicy.MIN_STEPS + " to " + FollowUpPolicy.MAX_STEPS
                    + " steps above the overall grade, the next call " + FollowUpPolicy.MIN_DAYS + " to "
                    + FollowUpPolicy.MAX_DAYS + " days away. Judged MET or MISSED when the account's next QBR is"
                    + " answered. When this is the account's last answered QBR, its date books the next QBR if it"
                    + " comes before the tier's cadence date.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FollowUpInput.class),
            examples = @ExampleObject(name = "cToBMinus", value = """
                    {"targetGrade": "B-", "targetDate": "2027-02-12",
                     "actions": ["Bring two growth ideas to the next call", "Weekly check-in with operations"]}""")))
    @APIResponse(responseCode = "200", description = "The QBR with its follow-up",
            content = @Content(schema = @Schema(implementation = QbrView.class)))
    @APIResponse(responseCode = "409", description = "The follow-up has already been judged")
    public Response followUp(@PathParam("id") UUID id, FollowUpInput input) {
        QbrView qbr = qbrs.setFollowUp(id, input);
        return Responses.ok(qbr, qbr.version());
    }
}
