package com.stratum.revenue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A staged CSV row, read only (for the refused rows' pages); written in bulk by COPY and set-based updates. */
@Entity
@Table(name = "revenue_import_row")
public class RevenueImportRow extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID importId;
    public int lineNo;
    public String accountIdText;
    public String externalId;
    public String sku;
    public String periodText;
    public String quantityText;
    public String amountText;
    public String currency;
    public String source;
    public String problem;
    public String problemField;
}
