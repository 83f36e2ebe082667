package com.stratum.survey;

import com.stratum.security.Public;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the customer's link reaches: no login, nothing about the account beyond its name. */
@Path("/api/v1/public/surveys/{token}")
@Public
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public survey", description = "The customer's survey link; needs no login.")
public class PublicSurveyResource {
    private final QbrService qbrs;

    public PublicSurveyResource(QbrService qbrs) {
        this.qbrs = qbrs;
    }

    @Schema(description = "Confirms the answers were received.")
    public record Receipt(@Schema(required = true) Instant answeredAt) {
    }

    @GET
    @Operation(operationId = "getPublicSurvey", summary = "The survey behind a customer's link")
    @APIResponse(responseCode = "200", description = "The questions",
            content = @Content(schema = @Schema(implementation = PublicSurvey.class)))
    @APIResponse(responseCode = "409", description = "Already answered")
    @APIResponse(responseCode = "410", description = "The link has expired or the survey was withdrawn")
    public PublicSurvey get(@PathParam("token") String token) {
        return qbrs.publicSurvey(token);
    }

    @POST
    @Path("/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerPublicSurvey", summary = "Answer the survey behind a customer's link",
            description = "Once: a second submission is refused with 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ResponseInput.class),
            examples = @ExampleObject(name = "answers", value = QbrResource.ANSWERS_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "409", description = "Already answered")
    @APIResponse(responseCode = "410", description = "The link has expired or the survey was withdrawn")
    public Response answer(@PathParam("token") String token, ResponseInput input) {
        return Response.status(Response.Status.CREATED).entity(new Receipt(qbrs.respondByLink(token, input))).build();
    }
}
