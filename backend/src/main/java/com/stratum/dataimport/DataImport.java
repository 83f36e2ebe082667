package com.stratum.dataimport;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A CSV import of accounts or contacts: who sent which file when, its mapping, its job and its counts. */
@Entity
@Table(name = "data_import")
public class DataImport extends VersionedEntity {
    @Enumerated(EnumType.STRING)
    public ImportKind kind;
    public String fileName;
    public int fileBytes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> headers;
    /** Column (an {@link ImportField}) to the file's header it is read from. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> mapping;
    @Enumerated(EnumType.STRING)
    public DataImportStatus status;
    public UUID createdBy;
    public int totalRows;
    public int validatedRows;
    public int validatedThrough;
    public int refusedRows;
    public int toCreate;
    public int toUpdate;
    public int toLeave;
    public int committedRows;
    public int committedThrough;
    public int created;
    public int updated;
    public int unchanged;
    public int failedRows;
    public String failure;
    public UUID leaseHolder;
    public Instant leaseUntil;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant committedAt;
}
