package com.stratum.common;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A search term split into words as SQL's {@code search_words()} (V25) splits contacts' names and emails and
 * accounts' names and domains (V50): lower case, at anything that is neither a letter nor a digit. ContactApiTest
 * holds the two equal.
 */
public final class SearchWords {
    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    /** The term's distinct words, the longest (the likeliest to be rare) first. */
    public static List<String> of(String term) {
        return Arrays.stream(SEPARATOR.split(term.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
