package com.stratum.survey;

import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.common.Sync;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Survey templates. A template a QBR uses is frozen, so answers always match the questions they answered. */
@ApplicationScoped
public class TemplateService {
    /** A template grades the vendor: at least this many GRADE questions. */
    public static final int MIN_GRADE_QUESTIONS = 1;
    /** NPS is one number per answer: at most this many NPS questions. */
    public static final int MAX_NPS_QUESTIONS = 1;
    private static final List<SortField<SurveyTemplate>> ORDER = List.of(
            new SortField<>("name", "t.name", SortField.ValueType.STRING, false, t -> t.name),
            new SortField<>("updatedAt", "t.updatedAt", SortField.ValueType.INSTANT, false, t -> t.updatedAt));
    private static final Paging.Query<SurveyTemplate> LIST = Paging.Query.of("t", "SurveyTemplate t",
            SurveyTemplate.class);

    private final EntityManager em;
    private final Paging paging;
    private final Sync sync;
    private final Validation validation;
    private final Clock clock;

    public TemplateService(EntityManager em, Paging paging, Sync sync, Validation validation, Clock clock) {
        this.em = em;
        this.paging = paging;
        this.sync = sync;
        this.validation = validation;
        this.clock = clock;
    }

    @Transactional
    public TemplatePage list(Instant updatedAfter, int limit, String cursor) {
        Keyset<SurveyTemplate> keyset = Keyset.parse(Sync.sort(updatedAfter, null), "name", ORDER, "t.id", t -> t.id);
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "t.updatedAt", query);
        Paging.Slice<SurveyTemplate> page = paging.page(LIST, query, keyset, limit, cursor);
        Set<UUID> used = usedAmong(page.items().stream().map(t -> t.id).toList());
        return page.map(t -> TemplateView.of(t, used.contains(t.id))).to(TemplatePage::new);
    }

    @Transactional
    public TemplateView get(UUID id) {
        SurveyTemplate template = find(id);
        return TemplateView.of(template, inUse(id));
    }

    @Transactional
    public TemplateView create(TemplateInput input) {
        CurrentCaller.requireRole(Role.MANAGER, "Changing survey templates");
        validate(input);
        SurveyTemplate template = new SurveyTemplate();
        template.id = UUID.randomUUID();
        template.createdAt = now();
        fill(template, input);
        template.persist();
        em.flush();
        return TemplateView.of(template, false);
    }

    @Transactional
    public TemplateView replace(UUID id, TemplateInput input, String ifMatch) {
        CurrentCaller.requireRole(Role.MANAGER, "Changing survey templates");
        validate(input);
        SurveyTemplate template = find(id);
        ETags.check(ifMatch, template.version);
        if (inUse(id)) {
            throw ApiProblem.conflict("template-in-use", "Template in use",
                    "A QBR already uses this template, so its questions can no longer change."
                            + " Copy it (POST /api/v1/survey-templates/" + id + "/copy) and change the copy.");
        }
        template.questions.clear();
        em.flush(); // the old positions must be gone before the new ones take them
        fill(template, input);
        em.flush();
        return TemplateView.of(template, false);
    }

    @Transactional
    public TemplateView copy(UUID id) {
        CurrentCaller.requireRole(Role.MANAGER, "Changing survey templates");
        SurveyTemplate original = find(id);
        String name = "Copy of " + original.name;
        SurveyTemplate copy = new SurveyTemplate();
        copy.id = UUID.randomUUID();
        copy.createdAt = now();
        fill(copy, new TemplateInput(name.substring(0, Math.min(name.length(), 200)), original.questions.stream()
                .map(q -> new TemplateInput.QuestionInput(q.text, q.kind)).toList()));
        copy.persist();
        em.flush();
        return TemplateView.of(copy, false);
    }

    public SurveyTemplate find(UUID id) {
        SurveyTemplate template = SurveyTemplate.findById(id);
        if (template == null) {
            throw ApiProblem.notFound("survey template", id);
        }
        return template;
    }

    public SurveyTemplate defaultTemplate() {
        return SurveyTemplate.<SurveyTemplate>find("isDefault", true).firstResultOptional()
                .orElseThrow(() -> ApiProblem.conflict("no-default-template", "No default template",
                        "No survey template is marked as the default; name a templateId."));
    }

    private boolean inUse(UUID id) {
        return !usedAmong(List.of(id)).isEmpty();
    }

    private Set<UUID> usedAmong(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        QueryBuilder used = new QueryBuilder().in("q.templateId", ids);
        return new HashSet<>(used.create(em, "select distinct q.templateId from Qbr q" + used.where(), UUID.class)
                .getResultList());
    }

    private void validate(TemplateInput input) {
        validation.check(input);
        if (input.questions().stream().filter(q -> q.kind() == QuestionKind.GRADE).count() < MIN_GRADE_QUESTIONS) {
            throw ApiProblem.validation("questions", "A template needs at least one GRADE question: add one.");
        }
        if (input.questions().stream().filter(q -> q.kind() == QuestionKind.NPS).count() > MAX_NPS_QUESTIONS) {
            throw ApiProblem.validation("questions", "A template may ask at most one NPS question: remove the others.");
        }
    }

    private void fill(SurveyTemplate template, TemplateInput input) {
        template.name = input.name().trim();
        template.updatedAt = now();
        int position = 1;
        for (TemplateInput.QuestionInput in : input.questions()) {
            SurveyQuestion question = new SurveyQuestion();
            question.id = UUID.randomUUID();
            question.template = template;
            question.position = position++;
            question.text = in.text().trim();
            question.kind = in.kind();
            template.questions.add(question);
        }
    }

    private Instant now() {
        return Text.now(clock);
    }
}
