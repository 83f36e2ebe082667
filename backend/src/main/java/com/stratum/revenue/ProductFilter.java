package com.stratum.revenue;

import com.stratum.common.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the product list; repeat a parameter for "any of". */
public class ProductFilter {
    @QueryParam("q")
    @Parameter(description = "Products whose SKU or name contains this text, whatever its case.")
    public String q;

    @QueryParam("family")
    @Parameter(description = "Only products of these families (exact names).",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> family;

    @QueryParam("active")
    @Parameter(description = "true: only active products; false: only inactive ones; absent: both.",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String active;

    @QueryParam("sort")
    @Parameter(description = "Comma list of sku, name, family, updatedAt; prefix - for descending. Default sku (the"
            + " id breaks ties).", example = "name")
    public String sort;

    public Criteria criteria() {
        return new Criteria(QueryParams.text("q", q), QueryParams.strings("family", family),
                QueryParams.bool("active", active));
    }

    public record Criteria(String q, List<String> families, Boolean active) {
    }
}
