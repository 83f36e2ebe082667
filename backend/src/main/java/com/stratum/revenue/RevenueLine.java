package com.stratum.revenue;

import com.stratum.common.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One revenue line on its way in (a batch item or a CSV row): what was sent, read into values, and once judged
 * either the account and product it lands on or why it is refused. Built by {@link RevenueLines}.
 */
public final class RevenueLine {
    final int index;
    final UUID accountIdSent;
    final String externalId;
    final String sku;
    final LocalDate period;
    final BigDecimal quantity;
    final BigDecimal amount;
    final String source;
    UUID accountId;
    UUID productId;
    List<FieldError> errors;

    RevenueLine(int index, UUID accountIdSent, String externalId, String sku, LocalDate period, BigDecimal quantity,
            BigDecimal amount, String source, List<FieldError> errors) {
        this.index = index;
        this.accountIdSent = accountIdSent;
        this.externalId = externalId;
        this.sku = sku;
        this.period = period;
        this.quantity = quantity;
        this.amount = amount;
        this.source = source;
        this.errors = errors.isEmpty() ? null : errors;
    }

    boolean refused() {
        return errors != null;
    }

    void refuse(String field, String message) {
        errors = List.of(new FieldError(field, message));
    }

    /** The whole sentences of why this line is refused; empty when it is not. */
    String why() {
        return errors == null ? null : String.join(" ", errors.stream().map(FieldError::message).toList());
    }

    /** The field the first reason names. */
    String field() {
        return errors == null ? null : errors.get(0).field();
    }
}
