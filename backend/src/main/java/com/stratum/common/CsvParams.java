package com.stratum.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The format parameter of a list that exports as CSV ({@link CsvExport}). */
public class CsvParams {
    @QueryParam("format")
    @Parameter(description = CsvExport.FORMAT, schema = @Schema(enumeration = {"csv", "json"}))
    public String format;

    /** True when CSV was asked for, by this parameter or the Accept header; a bad format is a 400. */
    public boolean wanted(HttpHeaders headers) {
        return CsvExport.wanted(format, headers);
    }
}
