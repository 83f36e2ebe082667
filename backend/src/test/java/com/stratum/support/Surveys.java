package com.stratum.support;

import static com.stratum.support.Api.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** QBR helpers for tests: the default template's questions and answer sets built from grades. */
public final class Surveys {
    public static final String Q_STRATEGY = "00000000-0000-4000-8000-000000000101";
    public static final String Q_RESPONSIVENESS = "00000000-0000-4000-8000-000000000102";
    public static final String Q_QUALITY = "00000000-0000-4000-8000-000000000103";
    public static final String Q_UNDERSTANDING = "00000000-0000-4000-8000-000000000104";
    public static final String Q_NPS = "00000000-0000-4000-8000-000000000105";
    public static final String Q_TEXT = "00000000-0000-4000-8000-000000000106";
    private static final List<String> GRADE_QUESTIONS = List.of(Q_STRATEGY, Q_RESPONSIVENESS, Q_QUALITY,
            Q_UNDERSTANDING);

    private Surveys() {
    }

    public static String schedule(String accountId) {
        return schedule(accountId, LocalDate.parse("2027-01-15"));
    }

    public static String schedule(String accountId, LocalDate reviewDate) {
        return api().body(Map.of("scheduledFor", reviewDate.toString(), "respondentName", "Jordan Lee",
                        "respondentEmail", "jordan@customer.example"))
                .post("/api/v1/accounts/{id}/qbrs", accountId).then().statusCode(201).extract().path("id");
    }

    /** Sends the invitation and returns the link's token. */
    public static String invite(String qbrId) {
        String url = api().post("/api/v1/qbrs/{id}/invitation", qbrId).then().statusCode(201).extract().path("url");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Answers for the default template: the four grades in order (each failing one with a reason) and an NPS. */
    public static Map<String, Object> answers(String g1, String g2, String g3, String g4, int nps) {
        List<Map<String, Object>> answers = new ArrayList<>();
        String[] grades = {g1, g2, g3, g4};
        for (int i = 0; i < grades.length; i++) {
            Map<String, Object> answer = new HashMap<>();
            answer.put("questionId", GRADE_QUESTIONS.get(i));
            answer.put("grade", grades[i]);
            answer.put("why", "Because " + grades[i]);
            answers.add(answer);
        }
        answers.add(Map.of("questionId", Q_NPS, "score", nps));
        answers.add(Map.of("questionId", Q_TEXT, "text", "Keep going"));
        return Map.of("answers", answers);
    }

    /** Schedules, records on a call and returns the QBR id. */
    public static String answered(String accountId, String g1, String g2, String g3, String g4, int nps) {
        String qbr = schedule(accountId);
        api().body(answers(g1, g2, g3, g4, nps)).post("/api/v1/qbrs/{id}/responses", qbr).then().statusCode(201);
        return qbr;
    }
}
