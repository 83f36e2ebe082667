package com.stratum.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that needs no sign-in (signing in itself, the customer's survey link). Public endpoints
 * are rate limited per client address. Every other endpoint declares its scope with
 * {@code @SecurityRequirement(name = "apiToken", scopes = ...)}, which both documents and enforces it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Public {
}
