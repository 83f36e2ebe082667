package com.stratum.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Versions travel as strong ETags. A write answers {@code "<version>"}; a GET of a single resource answers
 * {@code "<version>-<hash>"}, the hash of the JSON it sends ({@link ConditionalGet}), because what the API shows is
 * more than the stored row: derived fields (an account's single-threaded state, a template in use) change without
 * a new version, and a validator of the version alone made browsers show stale data after a 304. If-None-Match
 * compares the whole tag (304 only for the same representation); If-Match compares the version part (a write is
 * refused only when another write came first), so either form of the tag, or {@code "<version>"} alone, works.
 */
public final class ETags {
    private static final int HASH_BYTES = 8;

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The tag of a representation: the version, then a short hash of the body as sent. */
    public static String of(long version, byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + version + "-" + HexFormat.of().formatHex(digest, 0, HASH_BYTES) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The version an ETag names ({@code "3"} or {@code "3-…"}), or null when it names none. */
    public static Long version(String etag) {
        String tag = etag.trim();
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            return null;
        }
        String opaque = tag.substring(1, tag.length() - 1);
        int dash = opaque.indexOf('-');
        try {
            return Long.parseLong(dash < 0 ? opaque : opaque.substring(0, dash));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Throws 412 unless the If-Match header (if any) names the current version or is "*". */
    public static void check(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String trimmed = tag.trim();
            Long version = version(trimmed);
            if (trimmed.equals("*") || version != null && version == current) {
                return;
            }
        }
        throw ApiProblem.staleVersion(current);
    }
}
