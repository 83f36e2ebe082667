package com.stratum;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts Stratum. */
@QuarkusMain
public class StratumMain {
    /**
     * Quarkus answers a URL whose escapes it cannot decode with a bare 400 before any route runs. Its check is
     * turned off so that RequestGate refuses such URLs with a problem instead; set before Quarkus reads it.
     */
    public static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION_OFF, "true");
        Quarkus.run(args);
    }
}
