package com.stratum.scorecard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.FieldError;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The commission plan of each year: read by everyone who reads a statement, written by managers and admins. */
@ApplicationScoped
public class CommissionPlans {
    private static final TypeReference<List<CommissionPlanView.Accelerator>> ACCELERATORS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final Validation validation;
    private final ObjectMapper json;
    private final Clock clock;

    public CommissionPlans(EntityManager em, Validation validation, ObjectMapper json, Clock clock) {
        this.em = em;
        this.validation = validation;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public CommissionPlanView get(int year) {
        OwnerTargets.checkYear(year);
        return of(year);
    }

    @Transactional
    public CommissionPlanView put(int year, CommissionPlanInput input, String ifMatch) {
        CurrentCaller.requireRole(Role.MANAGER, "Setting the commission plan");
        OwnerTargets.checkYear(year);
        if (input == null) {
            throw ApiProblem.badRequest("Send the plan as a JSON object with ratePct and accelerators.");
        }
        validation.check(input);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 1; i < input.accelerators().size(); i++) {
            if (input.accelerators().get(i).fromAttainmentPct()
                    .compareTo(input.accelerators().get(i - 1).fromAttainmentPct()) <= 0) {
                errors.add(new FieldError("accelerators[" + i + "].fromAttainmentPct", "List the accelerators by"
                        + " rising attainment: each starts above the one before it."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        CommissionPlanView before = of(year);
        ETags.check(ifMatch, before.version());
        List<CommissionPlanView.Accelerator> accelerators = input.accelerators().stream()
                .map(a -> new CommissionPlanView.Accelerator(a.fromAttainmentPct(), a.ratePct())).toList();
        String text;
        try {
            text = json.writeValueAsString(accelerators);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var now = Text.now(clock);
        int written = em.createNativeQuery("""
                insert into commission_plan (id, year, rate_pct, accelerators, created_at, updated_at, version)
                values (:id, :year, :rate, cast(:accelerators as jsonb), :now, :now, 1)
                on conflict (year) do update set rate_pct = excluded.rate_pct, accelerators = excluded.accelerators,
                       updated_at = excluded.updated_at, version = commission_plan.version + 1
                 where commission_plan.version = :version""")
                .setParameter("id", UUID.randomUUID()).setParameter("year", year)
                .setParameter("rate", input.ratePct()).setParameter("accelerators", text).setParameter("now", now)
                .setParameter("version", before.version()).executeUpdate();
        if (written == 0) {
            throw ApiProblem.staleVersionLostRace();
        }
        return of(year);
    }

    /** The plan of {@code year} in one statement; rate 0 and no accelerators while none is set. */
    @Transactional(Transactional.TxType.MANDATORY)
    CommissionPlanView of(int year) {
        List<?> rows = em.createNativeQuery("select rate_pct, accelerators::text, version from commission_plan"
                + " where year = :year").setParameter("year", year).getResultList();
        if (rows.isEmpty()) {
            return new CommissionPlanView(year, false, BigDecimal.ZERO.setScale(2), List.of(), 0);
        }
        Object[] r = (Object[]) rows.get(0);
        try {
            return new CommissionPlanView(year, true, new BigDecimal(r[0].toString()).setScale(2),
                    json.readValue((String) r[1], ACCELERATORS), ((Number) r[2]).longValue());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
