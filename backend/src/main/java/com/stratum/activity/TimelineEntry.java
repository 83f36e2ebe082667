package com.stratum.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row of the SQL view {@code timeline_entry} (V21): something that happened on an account, from any source.
 * Read only; the view is the one home of what the timeline shows (one SELECT per source).
 */
@Entity
@Immutable
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    public String kind;
    public String event;
    public Instant at;
    public UUID accountId;
    public String title;
    public String body;
    public String actor;
    public String refType;
    public UUID refId;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> detail;
}
