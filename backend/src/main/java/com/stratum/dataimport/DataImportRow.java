package com.stratum.dataimport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A staged CSV row, read only (for the refused rows' pages); written in bulk and by set-based updates. */
@Entity
@Table(name = "data_import_row")
public class DataImportRow extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID importId;
    public int lineNo;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> fields;
    public String problem;
    public String problemField;
}
