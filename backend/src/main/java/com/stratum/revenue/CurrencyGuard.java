package com.stratum.revenue;

import com.stratum.common.ApiProblem;
import com.stratum.settings.CurrencyChanging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/** Revenue lines are in the company currency: it does not change while any exist (they would not be converted). */
@ApplicationScoped
public class CurrencyGuard {
    private final EntityManager em;

    public CurrencyGuard(EntityManager em) {
        this.em = em;
    }

    void refuseWhileLinesExist(@Observes CurrencyChanging change) {
        if (!em.createNativeQuery("select 1 from revenue_line limit 1").getResultList().isEmpty()) {
            throw ApiProblem.conflict("currency-in-use", "Currency in use", "Revenue lines are recorded in "
                    + change.from() + ", so the company currency cannot become " + change.to() + " while they exist;"
                    + " keep " + change.from() + ".");
        }
    }
}
