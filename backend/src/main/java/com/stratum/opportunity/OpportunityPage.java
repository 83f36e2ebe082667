package com.stratum.opportunity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of opportunities.")
public record OpportunityPage(
        @Schema(required = true) List<OpportunityView> items,
        @Schema(required = true, nullable = true) String nextCursor) {
}
