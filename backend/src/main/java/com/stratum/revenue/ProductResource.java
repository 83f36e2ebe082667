package com.stratum.revenue;

import jakarta.ws.rs.core.HttpHeaders;
import com.stratum.common.CsvParams;
import com.stratum.common.CsvExport;
import com.stratum.common.SyncParams;
import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.MergePatch;
import com.stratum.common.PageParams;
import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/products")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revenue", description = "Products, the monthly revenue lines billing sends for each account, CSV"
        + " imports of them, and what each account buys.")
public class ProductResource {
    private final ProductService products;
    private final ProductQueries queries;

    public ProductResource(ProductService products, ProductQueries queries) {
        this.products = products;
        this.queries = queries;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @Operation(operationId = "listProducts", summary = "List products",
            description = "Keyset-paged, by SKU then id unless sorted otherwise. As CSV (Accept: text/csv or"
                    + " format=csv): every product the filters match, unpaged.")
    @APIResponse(responseCode = "200", description = "A page of products, or all of them as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductPage.class)),
            @Content(mediaType = CsvExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Columns: " + ProductQueries.CSV))})
    public Response list(@BeanParam ProductFilter filter, @BeanParam SyncParams sync, @BeanParam CsvParams format,
            @BeanParam PageParams page, @Context HttpHeaders headers) {
        if (format.wanted(headers)) {
            return queries.csv(filter.criteria(), sync.after(), filter.sort);
        }
        return Response.ok(queries.list(filter.criteria(), sync.after(), filter.sort, page.limit(), page.cursor))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_WRITE_NAME)
    @Operation(operationId = "createProduct", summary = "Create a product",
            description = "Managers and admins. The SKU is unique whatever its case: a second one is a 409 whose"
                    + " `existingId` names the product holding it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProductInput.class),
            examples = @ExampleObject(name = "product", value = """
                    {"sku": "PLAT-ANNUAL", "name": "Platform, annual subscription", "family": "Platform",
                     "recurring": true}""")))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "409", description = "The SKU is taken")
    public Response create(ProductInput input, @Context UriInfo uri) {
        ProductView created = products.create(input);
        return Responses.created(uri.getBaseUriBuilder().path("api/v1/products").path(created.id().toString())
                .build(), created, created.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProduct", summary = "Get a product")
    @APIResponse(responseCode = "200", description = "The product",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    public Response get(@PathParam("id") UUID id) {
        ProductView product = products.get(id);
        return Responses.ok(product, product.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.REVENUE_WRITE_NAME)
    @Operation(operationId = "updateProduct", summary = "Change or deactivate a product (JSON Merge Patch)",
            description = "Managers and admins. `{\"active\": false}` deactivates it: it takes no new revenue lines,"
                    + " its past lines stay.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProductInput.class),
            examples = @ExampleObject(name = "deactivate", value = "{\"active\": false}")))
    @APIResponse(responseCode = "200", description = "The changed product",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "409", description = "The SKU is taken")
    public Response patch(@PathParam("id") UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        ProductView product = products.patch(id, patch, ifMatch);
        return Responses.ok(product, product.version());
    }
}
