package com.stratum.account;

import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Places held in an owner's tier capacity by accounts not yet theirs: an open handoff reserves one for its
 * incoming owner until it is accepted, declined or cancelled. Read from the view {@code capacity_reservation}
 * (V19), the one definition of a reservation; the handoff feature writes the rows behind it.
 */
@ApplicationScoped
public class CapacityReservations {
    /** An open reservation of one account: the handoff holding it and the incoming owner. */
    public record Reservation(UUID handoffId, UUID ownerId, String ownerName) {
    }

    private final EntityManager em;

    public CapacityReservations(EntityManager em) {
        this.em = em;
    }

    /** How many places {@code ownerId} has reserved in {@code tier}, not counting {@code accountId}'s own. */
    long count(UUID ownerId, Tier tier, UUID accountId) {
        return ((Number) em.createNativeQuery("select count(*) from capacity_reservation"
                        + " where owner_id = :owner and tier = :tier and account_id <> :self")
                .setParameter("owner", ownerId).setParameter("tier", tier.name()).setParameter("self", accountId)
                .getSingleResult()).longValue();
    }

    /** Reserved places per owner and tier, for a page of owners. */
    Map<UUID, Map<Tier, Long>> byOwner(List<UUID> ownerIds) {
        Map<UUID, Map<Tier, Long>> reserved = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return reserved;
        }
        for (Object row : em.createNativeQuery("select owner_id, tier, count(*) from capacity_reservation"
                + " where owner_id in (:owners) group by owner_id, tier").setParameter("owners", ownerIds)
                .getResultList()) {
            Object[] r = (Object[]) row;
            reserved.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
                    .put(Tier.valueOf((String) r[1]), ((Number) r[2]).longValue());
        }
        return reserved;
    }

    /** The account's open reservation, if a handoff of it is open. */
    public Optional<Reservation> of(UUID accountId) {
        List<?> rows = em.createNativeQuery("select r.handoff_id, r.owner_id, u.name from capacity_reservation r"
                + " join app_user u on u.id = r.owner_id where r.account_id = :account")
                .setParameter("account", accountId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new Reservation((UUID) r[0], (UUID) r[1], (String) r[2]);
        });
    }
}
