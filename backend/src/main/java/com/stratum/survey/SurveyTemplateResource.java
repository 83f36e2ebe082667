package com.stratum.survey;

import com.stratum.common.PageParams;
import com.stratum.common.Responses;
import com.stratum.common.SyncParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/survey-templates")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.SURVEYS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys", description = "QBR grade surveys: templates, rounds, the customer's link, follow-ups, KPIs.")
public class SurveyTemplateResource {
    private static final String EXAMPLE = """
            {"name": "Strategic accounts QBR", "questions": [
              {"text": "How would you rate our ability to provide strategic suggestions that contribute to your continued growth?", "kind": "GRADE"},
              {"text": "How likely are you to recommend us to a colleague (0 to 10)?", "kind": "NPS"},
              {"text": "What should we do differently?", "kind": "TEXT"}]}""";

    private final TemplateService templates;

    public SurveyTemplateResource(TemplateService templates) {
        this.templates = templates;
    }

    @GET
    @Operation(operationId = "listSurveyTemplates", summary = "List survey templates")
    public TemplatePage list(@BeanParam SyncParams sync, @BeanParam PageParams page) {
        return templates.list(sync.after(), page.limit(), page.cursor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.SURVEYS_WRITE_NAME)
    @Operation(operationId = "createSurveyTemplate", summary = "Create a survey template")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TemplateInput.class),
            examples = @ExampleObject(name = "strategic", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    public Response create(TemplateInput input, @Context UriInfo uri) {
        TemplateView created = templates.create(input);
        return Responses.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created, created.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSurveyTemplate", summary = "Get a survey template")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    public Response get(@PathParam("id") UUID id) {
        TemplateView template = templates.get(id);
        return Responses.ok(template, template.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.SURVEYS_WRITE_NAME)
    @Operation(operationId = "replaceSurveyTemplate", summary = "Replace a survey template's name and questions",
            description = "Refused with 409 once a QBR uses the template: copy it instead.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TemplateInput.class),
            examples = @ExampleObject(name = "strategic", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "409", description = "A QBR uses this template")
    public Response replace(@PathParam("id") UUID id, TemplateInput input,
            @HeaderParam("If-Match") String ifMatch) {
        TemplateView template = templates.replace(id, input, ifMatch);
        return Responses.ok(template, template.version());
    }

    @POST
    @Path("/{id}/copy")
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.SURVEYS_WRITE_NAME)
    @Operation(operationId = "copySurveyTemplate", summary = "Copy a survey template",
            description = "The copy is not in use, so it can be changed.")
    @APIResponse(responseCode = "201", description = "The copy",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    public Response copy(@PathParam("id") UUID id, @Context UriInfo uri) {
        TemplateView copy = templates.copy(id);
        return Responses.created(uri.getBaseUriBuilder().path("api/v1/survey-templates").path(copy.id().toString())
                .build(), copy, copy.version());
    }
}
