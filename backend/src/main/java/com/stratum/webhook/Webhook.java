package com.stratum.webhook;

import com.stratum.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A URL that receives the business events it subscribed to, signed with its secret. */
@Entity
@Table(name = "webhook")
public class Webhook extends VersionedEntity {
    public String name;
    public String url;
    /** Wire names of the event types sent (BusinessEvent.Type values). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] eventTypes;
    public boolean active;
    public String secret;
    public Instant failingSince;
    public UUID createdBy;
    public Instant createdAt;
    public Instant updatedAt;
}
