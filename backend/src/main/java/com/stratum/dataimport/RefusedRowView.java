package com.stratum.dataimport;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DataImportRefusedRow", description = "A row of the file that will not be written, as it was written,"
        + " and why.")
public record RefusedRowView(
        @Schema(required = true, description = "The row's line in the file (the header is line 1).") int line,
        @Schema(required = true, description = "The mapped columns' values, as the file wrote them.")
        Map<String, String> values,
        @Schema(required = true, nullable = true, description = "The column at fault, when one is.") String column,
        @Schema(required = true, description = "Why it is refused, in whole sentences.") String reason) {

    static RefusedRowView of(DataImportRow r) {
        return new RefusedRowView(r.lineNo, r.fields, r.problemField, r.problem);
    }
}
