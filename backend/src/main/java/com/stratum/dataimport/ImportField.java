package com.stratum.dataimport;

import java.util.List;

/**
 * A column an import can fill: its name in a mapping (snake_case, as in the CSV exports), the API property it sets,
 * how its text becomes JSON, and the header spellings the mapping is guessed from (compared without case, spaces,
 * dashes and underscores).
 */
record ImportField(String column, String property, Type type, List<String> aliases) {
    enum Type { TEXT, NUMBER, ENUM, LIST, KEY }

    static ImportField text(String column, String property, String... aliases) {
        return new ImportField(column, property, Type.TEXT, List.of(aliases));
    }

    static ImportField number(String column, String property, String... aliases) {
        return new ImportField(column, property, Type.NUMBER, List.of(aliases));
    }

    static ImportField choice(String column, String property, String... aliases) {
        return new ImportField(column, property, Type.ENUM, List.of(aliases));
    }

    static ImportField list(String column, String property, String... aliases) {
        return new ImportField(column, property, Type.LIST, List.of(aliases));
    }

    /** A column that names the record to match (an account of a contact), not a property written. */
    static ImportField key(String column, String... aliases) {
        return new ImportField(column, null, Type.KEY, List.of(aliases));
    }

    static String normalized(String header) {
        return header.replace("\uFEFF", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }

    boolean matches(String header) {
        String given = normalized(header);
        return given.equals(normalized(column)) || given.equals(normalized(property == null ? column : property))
                || aliases.stream().anyMatch(alias -> normalized(alias).equals(given));
    }
}
