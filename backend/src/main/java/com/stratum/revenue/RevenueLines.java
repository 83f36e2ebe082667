package com.stratum.revenue;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.FieldError;
import com.stratum.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules of a revenue line, the one home of them, for the batch API and CSV imports alike:
 * <ul>
 * <li>exactly one of accountId and accountExternalId, naming an existing account;</li>
 * <li>the SKU of an existing, active product (whatever its case);</li>
 * <li>period a calendar month "YYYY-MM", not after the current month;</li>
 * <li>quantity and amount zero or more (at most 3 and 2 decimals); currency the company currency;</li>
 * <li>source, who sent it (1 to 50 characters);</li>
 * <li>one line per (account, product, month) in one batch or file: every line of a repeated key is refused.</li>
 * </ul>
 * Accounts and SKUs are resolved for many lines at once: one statement each, whatever the number of lines.
 */
@ApplicationScoped
public class RevenueLines {
    public static final int MAX_SOURCE = 50;
    public static final int MAX_SKU = 64;
    public static final int MAX_EXTERNAL_ID = 200;
    static final Pattern PERIOD = Pattern.compile("^\\d{4}-(0[1-9]|1[0-2])$");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("9999999999999.999");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

    private final EntityManager em;
    private final SettingsService settings;
    private final Clock clock;

    public RevenueLines(EntityManager em, SettingsService settings, Clock clock) {
        this.em = em;
        this.settings = settings;
        this.clock = clock;
    }

    /** What every line is checked against: the company currency and the current month. */
    public record Context(String currency, YearMonth currentMonth) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Context context() {
        return new Context(settings.currency(), YearMonth.now(clock));
    }

    /** A line of a JSON batch: each field must have its JSON type (numbers as numbers, the rest as strings). */
    RevenueLine read(int index, JsonNode item, Context context) {
        if (item == null || !item.isObject()) {
            return new RevenueLine(index, null, null, null, null, null, null, null, List.of(new FieldError("line",
                    "Send each line as a JSON object with accountId or accountExternalId, sku, period, quantity,"
                            + " amount, currency and source.")));
        }
        List<FieldError> errors = new ArrayList<>();
        item.fieldNames().forEachRemaining(name -> {
            if (!List.of("accountId", "accountExternalId", "sku", "period", "quantity", "amount", "currency",
                    "source").contains(name)) {
                errors.add(new FieldError(name, "This property is unknown; leave it out."));
            }
        });
        return check(index, text(item, "accountId", errors), text(item, "accountExternalId", errors),
                text(item, "sku", errors), text(item, "period", errors), number(item, "quantity", errors),
                number(item, "amount", errors), text(item, "currency", errors), text(item, "source", errors),
                errors, context);
    }

    /** A CSV row's fields, as text; a blank source is the file's default. */
    RevenueLine read(int index, String accountId, String externalId, String sku, String period, String quantity,
            String amount, String currency, String source, Context context) {
        return check(index, blankToNull(accountId), blankToNull(externalId), blankToNull(sku), blankToNull(period),
                blankToNull(quantity), blankToNull(amount), blankToNull(currency), blankToNull(source),
                new ArrayList<>(), context);
    }

    private RevenueLine check(int index, String accountIdText, String externalId, String sku, String periodText,
            Object quantityValue, Object amountValue, String currency, String source, List<FieldError> errors,
            Context context) {
        UUID accountId = null;
        if ((accountIdText == null) == (externalId == null)) {
            errors.add(new FieldError("accountId", "Name the account with exactly one of accountId and"
                    + " accountExternalId."));
        } else if (accountIdText != null) {
            try {
                accountId = UUID.fromString(accountIdText.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("accountId", "Send accountId as a UUID such as"
                        + " 3f2c9a1e-8b7d-4c6e-9f0a-1b2c3d4e5f60."));
            }
        } else if (externalId.length() > MAX_EXTERNAL_ID) {
            errors.add(new FieldError("accountExternalId", "An account's external ID has at most " + MAX_EXTERNAL_ID
                    + " characters; no account has this one."));
        }
        if (sku == null) {
            errors.add(new FieldError("sku", "Enter the product's SKU."));
        } else if (sku.length() > MAX_SKU) {
            errors.add(new FieldError("sku", "A SKU has at most " + MAX_SKU + " characters; no product has this one."));
        }
        LocalDate period = null;
        if (periodText == null) {
            errors.add(new FieldError("period", "Enter the month as YYYY-MM, such as 2026-10."));
        } else if (!PERIOD.matcher(periodText.trim()).matches()) {
            errors.add(new FieldError("period", "Write the month as YYYY-MM, such as 2026-10; " + abbreviate(periodText)
                    + " is not one."));
        } else {
            YearMonth month = YearMonth.parse(periodText.trim());
            if (month.isAfter(context.currentMonth())) {
                errors.add(new FieldError("period", "The month " + periodText.trim() + " is in the future; send months up to the"
                        + " current one (" + context.currentMonth() + ")."));
            } else {
                period = month.atDay(1);
            }
        }
        BigDecimal quantity = decimal("quantity", quantityValue, 3, MAX_QUANTITY, errors);
        BigDecimal amount = decimal("amount", amountValue, 2, MAX_AMOUNT, errors);
        if (currency == null) {
            errors.add(new FieldError("currency", "Enter the currency, " + context.currency() + "."));
        } else if (!currency.trim().equals(context.currency())) {
            errors.add(new FieldError("currency", "Revenue lines are in the company currency, " + context.currency()
                    + "; convert this line from " + abbreviate(currency) + " first."));
        }
        if (source == null) {
            errors.add(new FieldError("source", "Name the source of the line, such as the billing system."));
        } else if (source.trim().length() > MAX_SOURCE) {
            errors.add(new FieldError("source", "Name the source in at most " + MAX_SOURCE + " characters."));
        }
        return new RevenueLine(index, accountId, externalId == null ? null : externalId.trim(),
                sku == null ? null : sku.trim(), period, quantity, amount, source == null ? null : source.trim(),
                errors);
    }

    /**
     * Resolves the accounts and products of the lines not refused yet (one statement each) and refuses the lines
     * whose account or SKU is unknown, whose product is inactive, and every line of a repeated (account, product,
     * month).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolve(List<RevenueLine> lines) {
        resolve(lines, true);
    }

    /**
     * As {@link #resolve(List)}; a CSV import passes {@code refuseRepeated} false and refuses repeated keys across
     * the whole file once every chunk is resolved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolve(List<RevenueLine> lines, boolean refuseRepeated) {
        List<UUID> ids = new ArrayList<>();
        List<String> externalIds = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        for (RevenueLine line : lines) {
            if (!line.refused()) {
                if (line.accountIdSent != null) {
                    ids.add(line.accountIdSent);
                } else {
                    externalIds.add(line.externalId);
                }
                skus.add(line.sku.toUpperCase(Locale.ROOT));
            }
        }
        Map<UUID, UUID> byId = new HashMap<>();
        Map<String, UUID> byExternalId = new HashMap<>();
        if (!ids.isEmpty() || !externalIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> accounts = em.createNativeQuery("select id, external_id from account"
                            + " where id = any(cast(?1 as uuid[])) or external_id = any(cast(?2 as text[]))")
                    .setParameter(1, ids.stream().distinct().map(UUID::toString).toArray(String[]::new))
                    .setParameter(2, externalIds.stream().distinct().toArray(String[]::new)).getResultList();
            for (Object[] row : accounts) {
                byId.put((UUID) row[0], (UUID) row[0]);
                if (row[1] != null) {
                    byExternalId.put((String) row[1], (UUID) row[0]);
                }
            }
        }
        Map<String, Object[]> products = new HashMap<>();
        if (!skus.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select upper(sku), id, active, sku from product"
                            + " where upper(sku) = any(cast(?1 as text[]))")
                    .setParameter(1, skus.stream().distinct().toArray(String[]::new)).getResultList();
            rows.forEach(row -> products.put((String) row[0], row));
        }
        Map<String, List<RevenueLine>> byKey = new HashMap<>();
        for (RevenueLine line : lines) {
            if (line.refused()) {
                continue;
            }
            line.accountId = line.accountIdSent != null ? byId.get(line.accountIdSent) : byExternalId.get(line.externalId);
            Object[] product = products.get(line.sku.toUpperCase(Locale.ROOT));
            List<FieldError> errors = new ArrayList<>();
            if (line.accountId == null) {
                errors.add(line.accountIdSent != null
                        ? new FieldError("accountId", "No account has the id " + line.accountIdSent + "; check the"
                                + " account or create it first.")
                        : new FieldError("accountExternalId", "No account has the external ID "
                                + abbreviate(line.externalId) + "; set it on the account or create the account first."));
            }
            if (product == null) {
                errors.add(new FieldError("sku", "No product has the SKU " + abbreviate(line.sku) + "; create the"
                        + " product first."));
            } else if (!(Boolean) product[2]) {
                errors.add(new FieldError("sku", "The product " + product[3] + " is inactive, so it takes no new"
                        + " lines; reactivate it first."));
            } else {
                line.productId = (UUID) product[1];
            }
            if (!errors.isEmpty()) {
                line.errors = errors;
                continue;
            }
            if (!refuseRepeated) {
                continue;
            }
            byKey.computeIfAbsent(line.accountId + "/" + line.productId + "/" + line.period, k -> new ArrayList<>())
                    .add(line);
        }
        for (List<RevenueLine> same : byKey.values()) {
            if (same.size() > 1) {
                String positions = String.join(", ", same.stream().map(l -> String.valueOf(l.index)).toList());
                for (RevenueLine line : same) {
                    line.refuse("period", "Lines " + positions + " name the same account, product and month; send"
                            + " each month of a product once.");
                }
            }
        }
    }

    private static String text(JsonNode item, String field, List<FieldError> errors) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "Send " + field + " as a JSON string."));
            return null;
        }
        return blankToNull(value.asText());
    }

    private static Object number(JsonNode item, String field, List<FieldError> errors) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            errors.add(new FieldError(field, "Send " + field + " as a JSON number such as 12.5."));
            return Boolean.FALSE;
        }
        return value.decimalValue();
    }

    private static BigDecimal decimal(String field, Object value, int scale, BigDecimal max, List<FieldError> errors) {
        if (value == Boolean.FALSE) {
            return null; // already refused for its type
        }
        if (value == null) {
            errors.add(new FieldError(field, "Enter the " + field + " (zero or more)."));
            return null;
        }
        BigDecimal number;
        if (value instanceof BigDecimal d) {
            number = d;
        } else {
            try {
                number = new BigDecimal(((String) value).trim());
            } catch (NumberFormatException e) {
                errors.add(new FieldError(field, "Write the " + field + " as a number such as 12.5, with a dot for"
                        + " decimals and no thousands separators; " + abbreviate((String) value) + " is not one."));
                return null;
            }
        }
        if (number.signum() < 0) {
            errors.add(new FieldError(field, "The " + field + " must be zero or more; send a credit as a lower"
                    + " figure for the month instead."));
            return null;
        }
        if (number.stripTrailingZeros().scale() > scale) {
            errors.add(new FieldError(field, "The " + field + " has at most " + scale + " decimals."));
            return null;
        }
        if (number.compareTo(max) > 0) {
            errors.add(new FieldError(field, "The " + field + " must be at most " + max.toPlainString() + "."));
            return null;
        }
        return number.setScale(scale);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String abbreviate(String value) {
        String trimmed = value.trim();
        return trimmed.length() > 60 ? trimmed.substring(0, 60) + "…" : trimmed;
    }
}
