package com.stratum.plan;

import java.time.LocalDate;
import java.util.Map;

/** PlanApiTest's request bodies, for tests in other packages. */
public final class PlanApiTestAccess {
    private PlanApiTestAccess() {
    }

    public static Map<String, Object> plan(LocalDate start, LocalDate end, String status) {
        return PlanApiTest.plan(start, end, status);
    }

    public static Map<String, Object> objective(String title, Object baseline, Object target, LocalDate due) {
        return PlanApiTest.objective(title, baseline, target, due);
    }
}
