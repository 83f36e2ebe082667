package com.stratum.dataimport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.common.ApiProblem;
import com.stratum.common.BatchItems;
import com.stratum.common.FieldError;
import com.stratum.common.Problem;
import com.stratum.common.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one kind of import writes, one row at a time, through the same service paths as the API (so every rule has
 * one home): it finds the record a row matches, then creates it or merge-patches the mapped properties. A refusal
 * is the service's own ApiProblem.
 */
interface RowWriter {
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    record Written(Outcome outcome, UUID id) {
    }

    ImportKind kind();

    /** The columns a mapping may fill. */
    List<ImportField> fields();

    /** The columns a mapping must fill; an inner list is "one of these". */
    List<List<String>> required();

    /** The key two rows of one file must not share (they would write the same record); null when there is none. */
    String matchKey(Map<String, String> row);

    /** Creates or updates the record of one row, in the caller's transaction; throws the service's refusal. */
    Written write(Map<String, String> row);

    /** The unique indexes a row's write can race another writer of the same record on (see {@link BatchItems}). */
    default Set<String> uniqueRaces() {
        return Set.of();
    }

    /**
     * The row's mapped properties as the API's JSON: a blank cell is left out (an update keeps the value; a create
     * takes the default), a number that reads as one is a number (otherwise the service says what is wrong with the
     * text), an enum is upper-cased with underscores, a list is split on semicolons.
     */
    static ObjectNode properties(List<ImportField> fields, Map<String, String> row, ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        for (ImportField field : fields) {
            String value = Text.trimToNull(row.get(field.column()));
            if (field.property() == null || value == null) {
                continue;
            }
            switch (field.type()) {
                case NUMBER -> {
                    try {
                        BigDecimal number = new BigDecimal(value);
                        if (number.scale() <= 0) {
                            node.put(field.property(), number.toBigInteger());
                        } else {
                            node.put(field.property(), number);
                        }
                    } catch (NumberFormatException notANumber) {
                        node.put(field.property(), value);
                    }
                }
                case ENUM -> node.put(field.property(), value.toUpperCase(Locale.ROOT).replace(' ', '_')
                        .replace('-', '_'));
                case LIST -> {
                    ArrayNode items = node.putArray(field.property());
                    for (String item : value.split(";")) {
                        if (!item.isBlank()) {
                            items.add(item.trim());
                        }
                    }
                }
                default -> node.put(field.property(), value);
            }
        }
        return node;
    }

    /** Why a row is refused, in whole sentences naming the columns at fault, and the first such column. */
    record Refusal(String reason, String column) {
        static Refusal of(ApiProblem refused, List<ImportField> fields) {
            Problem problem = refused.toProblem();
            if (problem.errors == null || problem.errors.isEmpty()) {
                return new Refusal(problem.detail, null);
            }
            StringBuilder reason = new StringBuilder();
            String first = null;
            for (FieldError error : problem.errors) {
                String column = column(error.field(), fields);
                first = first == null ? column : first;
                reason.append(reason.isEmpty() ? "" : " ").append("Column ").append(column).append(": ")
                        .append(error.message());
            }
            return new Refusal(reason.toString(), first);
        }

        private static String column(String property, List<ImportField> fields) {
            String root = property.split("[.\\[]")[0];
            return fields.stream().filter(f -> root.equals(f.property()) || root.equals(f.column()))
                    .map(ImportField::column).findFirst().orElse(root);
        }
    }
}
