package com.stratum.common;

/** Versions travel as strong ETags ("3"); a stale If-Match is a 412. */
public final class ETags {
    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 412 unless the If-Match header (if any) names the current version or is "*". */
    public static void check(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals("*") || trimmed.equals(of(current))) {
                return;
            }
        }
        throw ApiProblem.staleVersion(current);
    }
}
