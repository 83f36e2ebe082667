package com.stratum.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * A record clients change through the API: a UUID id and the optimistic-lock version that is served as its ETag
 * and checked against If-Match ({@link ETags}). Records keyed by something else (a tier's policy, a QBR's
 * follow-up) declare their own id and version.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Version
    public long version;
}
