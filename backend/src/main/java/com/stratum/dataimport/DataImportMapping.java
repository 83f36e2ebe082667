package com.stratum.dataimport;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DataImportMapping", description = "Which header of the file fills each column of the import. Columns"
        + " left out are not read (an update keeps their values); headers left out are ignored.")
public record DataImportMapping(
        @Schema(required = true, description = "Column of the import (see the import's `columns`) to the header of"
                + " the file it is read from.", examples = "{\"external_id\": \"CRM ID\", \"name\": \"Company\"}")
        Map<String, String> columns) {
}
