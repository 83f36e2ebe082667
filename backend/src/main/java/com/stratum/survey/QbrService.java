package com.stratum.survey;

import com.stratum.common.BusinessEvent;

import com.stratum.account.Account;
import com.stratum.account.AccountAccess;
import com.stratum.account.AccountQueries;
import com.stratum.account.QbrCadence;
import com.stratum.common.ApiProblem;
import com.stratum.contact.Contact;
import com.stratum.contact.ContactDeleting;
import com.stratum.common.ETags;
import com.stratum.common.FieldError;
import com.stratum.common.Secrets;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.grade.Grade;
import com.stratum.notification.NotificationKind;
import com.stratum.notification.Notifications;
import com.stratum.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** QBR rounds: scheduling, the customer's link, answers and their grade arithmetic, and the follow-up. */
@ApplicationScoped
public class QbrService {
    private final EntityManager em;
    private final AccountQueries accounts;
    private final AccountAccess access;
    private final QbrCadence cadence;
    private final TemplateService templates;
    private final Validation validation;
    private final Clock clock;
    private final String publicUrl;
    private final Duration linkLifetime;
    private final Event<QbrEvent> events;
    private final Notifications notifications;
    private final Event<BusinessEvent> changes;

    public QbrService(EntityManager em, AccountQueries accounts, AccountAccess access, QbrCadence cadence, TemplateService templates,
            Validation validation, Clock clock, @ConfigProperty(name = "stratum.public-url") String publicUrl,
            @ConfigProperty(name = "stratum.survey.link-days", defaultValue = "14") int linkDays, Event<QbrEvent> events,
            Notifications notifications, Event<BusinessEvent> changes) {
        this.changes = changes;
        this.em = em;
        this.notifications = notifications;
        this.events = events;
        this.accounts = accounts;
        this.access = access;
        this.cadence = cadence;
        this.templates = templates;
        this.validation = validation;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.linkLifetime = Duration.ofDays(linkDays);
    }

    @Transactional
    public QbrView schedule(UUID accountId, QbrInput request) {
        Account account = accounts.find(accountId);
        access.requireWorkOn(account, Scope.SURVEYS_WRITE);
        validation.check(request);
        if (account.archived) {
            throw ApiProblem.conflict("archived", "Account archived",
                    account.name + " is archived, so it gets no new QBRs. Restore it first.");
        }
        SurveyTemplate template;
        if (request.templateId() == null) {
            template = templates.defaultTemplate();
        } else {
            template = SurveyTemplate.findById(request.templateId());
            if (template == null) {
                throw ApiProblem.validation("templateId", "No survey template has this id; choose an existing template.");
            }
        }
        List<UUID> respondents = respondents(accountId, request.respondentContactIds());
        Instant now = now();
        Qbr qbr = new Qbr();
        qbr.id = UUID.randomUUID();
        qbr.accountId = accountId;
        qbr.templateId = template.id;
        qbr.status = QbrStatus.SCHEDULED;
        qbr.scheduledFor = request.scheduledFor();
        qbr.respondentName = request.respondentName().trim();
        qbr.respondentEmail = request.respondentEmail().trim();
        qbr.createdAt = now;
        qbr.updatedAt = now;
        qbr.persist();
        em.flush();
        if (!respondents.isEmpty()) {
            // One statement for all of them, in the order given.
            em.createNativeQuery("insert into qbr_respondent (qbr_id, contact_id, position) select :qbr, r.id,"
                            + " r.position from unnest(cast(string_to_array(:ids, ',') as uuid[])) with ordinality"
                            + " as r(id, position)")
                    .setParameter("qbr", qbr.id)
                    .setParameter("ids", String.join(",", respondents.stream().map(UUID::toString).toList()))
                    .executeUpdate();
        }
        return view(qbr);
    }

    /**
     * The respondent contacts, checked: each a contact of the account who has not left the company, named once.
     * Read in one statement whatever their number.
     */
    private List<UUID> respondents(UUID accountId, List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Contact> found = new HashMap<>();
        Contact.<Contact>list("id in ?1", ids).forEach(c -> found.put(c.id, c));
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "respondentContactIds[" + i + "]";
            Contact contact = found.get(ids.get(i));
            if (contact == null || !contact.accountId.equals(accountId)) {
                errors.add(new FieldError(field, "This account has no contact with this id; choose one of its own"
                        + " contacts."));
            } else if (contact.leftCompanyOn != null) {
                errors.add(new FieldError(field, contact.name + " left the company on " + contact.leftCompanyOn
                        + "; choose a current contact."));
            } else if (!seen.add(contact.id)) {
                errors.add(new FieldError(field, contact.name + " is named twice; name each contact once."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        return List.copyOf(ids);
    }

    /** A contact a QBR names as its respondent stays: the QBR's record would otherwise lose who was asked. */
    void contactDeleting(@Observes ContactDeleting deleting) {
        long qbrs = ((Number) em.createNativeQuery("select count(*) from qbr_respondent where contact_id = :id")
                .setParameter("id", deleting.contactId()).getSingleResult()).longValue();
        if (qbrs > 0) {
            throw ApiProblem.conflict("contact-in-use", "Contact is a QBR respondent", deleting.name() + " is named"
                            + " as the respondent of " + qbrs + (qbrs == 1 ? " QBR" : " QBRs") + ", so the contact stays"
                            + " on record. If the person left the company, set leftCompanyOn instead.")
                    .with("qbrs", qbrs);
        }
    }

    private List<QbrView.Respondent> respondentsOf(UUID qbrId) {
        List<QbrView.Respondent> respondents = new ArrayList<>();
        for (Object row : em.createNativeQuery("select c.id, c.name, c.email from qbr_respondent r join contact c"
                        + " on c.id = r.contact_id where r.qbr_id = :qbr order by r.position")
                .setParameter("qbr", qbrId).getResultList()) {
            Object[] r = (Object[]) row;
            respondents.add(new QbrView.Respondent((UUID) r[0], (String) r[1], (String) r[2]));
        }
        return respondents;
    }

    /**
     * A new link for the customer; any earlier link stops working. It lives the configured days past the review
     * date (or past today, when that is later), so a customer who answers after the call still can. Sending is
     * not holding the QBR: the account's cadence moves when the QBR is answered.
     */
    @Transactional
    public Invitation invite(UUID id) {
        Qbr qbr = lock(id);
        requireWrite(qbr);
        if (qbr.status == QbrStatus.ANSWERED || qbr.status == QbrStatus.CANCELLED) {
            throw notOpen(qbr);
        }
        String token = Secrets.random(32);
        Instant now = now();
        qbr.tokenHash = Secrets.sha256(token);
        Instant afterReview = qbr.scheduledFor.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        qbr.invitationExpiresAt = (afterReview.isAfter(now) ? afterReview : now).plus(linkLifetime);
        qbr.sentAt = now;
        qbr.status = QbrStatus.SENT;
        qbr.updatedAt = now;
        em.flush();
        Invitation invitation = new Invitation(publicUrl + "/survey/" + token, qbr.invitationExpiresAt);
        events.fire(new QbrEvent.Invited(qbr.id, invitation.url(), now, invitation.expiresAt(), recipients(qbr)));
        fire(BusinessEvent.Type.QBR_SENT, qbr);
        return invitation;
    }

    @Transactional
    public void cancel(UUID id, String ifMatch) {
        Qbr qbr = lock(id);
        requireWrite(qbr);
        ETags.check(ifMatch, qbr.version);
        if (qbr.status == QbrStatus.ANSWERED) {
            throw ApiProblem.conflict("qbr-answered", "QBR answered",
                    "This QBR has been answered; an answered QBR stays on record.");
        }
        // Only an answered QBR moves the account's cadence, and an answered one cannot be cancelled.
        if (qbr.status != QbrStatus.CANCELLED) {
            qbr.status = QbrStatus.CANCELLED;
            qbr.updatedAt = now();
            em.flush();
            events.fire(new QbrEvent.Cancelled(qbr.id));
        }
    }

    @Transactional
    public QbrView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public PublicSurvey publicSurvey(String token) {
        Qbr qbr = byToken(token, false);
        String accountName = em.createQuery("select a.name from Account a where a.id = :id", String.class)
                .setParameter("id", qbr.accountId).getSingleResult();
        List<PublicSurvey.Question> questions = questions(qbr.templateId).stream()
                .map(q -> new PublicSurvey.Question(q.id, q.text, q.kind)).toList();
        List<String> sentTo = respondentsOf(qbr.id).stream().map(QbrView.Respondent::name).toList();
        return new PublicSurvey(accountName, sentTo.isEmpty() ? List.of(qbr.respondentName) : sentTo, questions,
                qbr.invitationExpiresAt);
    }

    @Transactional
    public Instant respondByLink(String token, ResponseInput input) {
        Qbr qbr = byToken(token, true);
        answer(qbr, input, Qbr.Channel.LINK, null);
        return qbr.answeredAt;
    }

    /** Answers the account manager took down on a call. */
    @Transactional
    public QbrView recordCall(UUID id, ResponseInput input, String recordedBy) {
        Qbr qbr = lock(id);
        requireWrite(qbr);
        if (qbr.status == QbrStatus.ANSWERED || qbr.status == QbrStatus.CANCELLED) {
            throw notOpen(qbr);
        }
        answer(qbr, input, Qbr.Channel.CALL, recordedBy);
        return view(qbr);
    }

    @Transactional
    public QbrView setFollowUp(UUID id, FollowUpInput input) {
        validation.check(input);
        Qbr qbr = lock(id); // one follow-up write per QBR at a time
        requireWrite(qbr);
        if (qbr.status != QbrStatus.ANSWERED || !Boolean.TRUE.equals(qbr.failing)) {
            throw ApiProblem.validation("qbr", qbr.status != QbrStatus.ANSWERED
                    ? "This QBR has not been answered yet: set a follow-up once it has a failing result."
                    : "This QBR is not failing (overall " + qbr.overallGrade + "): only a failing QBR gets a"
                    + " follow-up.");
        }
        // Locked, so that the follow-up judging job waits for this edit (or this edit for its judgement).
        QbrFollowUp followUp = QbrFollowUp.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (followUp != null && followUp.status != FollowUpStatus.OPEN) {
            throw ApiProblem.conflict("follow-up-judged", "Follow-up judged", followUp.judgedByQbr != null
                    ? "The next QBR has already judged this follow-up " + followUp.status + "."
                    : "This follow-up was judged MISSED: its date passed with no answered QBR. Schedule the"
                    + " next QBR; a failing answer gets a new follow-up.");
        }
        List<FieldError> errors = FollowUpPolicy.check(qbr.overallGrade, input.targetGrade(), input.targetDate(),
                LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        Instant now = now();
        boolean isNew = followUp == null;
        if (isNew) {
            followUp = new QbrFollowUp();
            followUp.qbrId = id;
            followUp.createdAt = now;
            followUp.status = FollowUpStatus.OPEN;
        }
        followUp.targetGrade = input.targetGrade();
        followUp.targetDate = input.targetDate();
        followUp.actions = input.actions() == null ? new ArrayList<>()
                : new ArrayList<>(input.actions().stream().map(String::trim).toList());
        followUp.updatedAt = now;
        if (isNew) {
            followUp.persist();
        }
        if (isLastAnswered(qbr)) {
            cadence.followUpBooked(qbr.accountId, followUp.targetDate, now);
        }
        em.flush();
        events.fire(new QbrEvent.FollowUpSet(qbr.id));
        return view(qbr);
    }

    private void answer(Qbr qbr, ResponseInput input, Qbr.Channel channel, String recordedBy) {
        validation.check(input);
        List<SurveyQuestion> questions = questions(qbr.templateId);
        Map<UUID, SurveyQuestion> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.id, q));
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> answered = new HashSet<>();
        for (int i = 0; i < input.answers().size(); i++) {
            ResponseInput.Answer answer = input.answers().get(i);
            String at = "answers[" + i + "].";
            SurveyQuestion question = byId.get(answer.questionId());
            if (question == null) {
                errors.add(new FieldError(at + "questionId", "This is not a question of this survey; answer only its"
                        + " questions."));
                continue;
            }
            if (!answered.add(question.id)) {
                errors.add(new FieldError(at + "questionId", "This question is answered twice; send one answer each."));
                continue;
            }
            String label = "question " + question.position + " (" + question.text + ")";
            String subject = "Question " + question.position + " (" + question.text + ")";
            switch (question.kind) {
                case GRADE -> {
                    if (answer.grade() == null) {
                        errors.add(new FieldError(at + "grade", "Give " + label + " a grade from A+ to F."));
                    } else if (answer.grade().failing() && (answer.why() == null || answer.why().isBlank())) {
                        errors.add(new FieldError(at + "why", "Tell us why " + label + " got " + answer.grade()
                                + ": a grade below B needs a reason."));
                    }
                    if (answer.score() != null) {
                        errors.add(new FieldError(at + "score", subject + " takes a grade, not a score; leave the"
                                + " score out."));
                    }
                }
                case NPS -> {
                    if (answer.score() == null) {
                        errors.add(new FieldError(at + "score", "Give " + label + " a score from 0 to 10."));
                    }
                    if (answer.grade() != null) {
                        errors.add(new FieldError(at + "grade", subject + " takes a score, not a grade; leave the"
                                + " grade out."));
                    }
                }
                case TEXT -> {
                    if (answer.grade() != null || answer.score() != null) {
                        errors.add(new FieldError(at + "text", subject + " takes text only; leave the grade and"
                                + " score out."));
                    }
                }
            }
        }
        for (SurveyQuestion question : questions) {
            if (question.kind != QuestionKind.TEXT && !answered.contains(question.id)) {
                errors.add(new FieldError("answers", "Answer question " + question.position + " ("
                        + question.text + "): it has no answer yet."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }

        BigDecimal sum = BigDecimal.ZERO;
        int grades = 0;
        Integer nps = null;
        for (ResponseInput.Answer in : input.answers()) {
            QbrAnswer answer = new QbrAnswer();
            answer.id = UUID.randomUUID();
            answer.qbrId = qbr.id;
            answer.questionId = in.questionId();
            answer.grade = in.grade();
            answer.points = in.grade() == null ? null : in.grade().points();
            answer.score = in.score();
            answer.text = Text.trimToNull(in.text());
            answer.why = Text.trimToNull(in.why());
            answer.persist();
            if (in.grade() != null) {
                sum = sum.add(in.grade().points());
                grades++;
            }
            if (in.score() != null) {
                nps = in.score();
            }
        }
        Instant now = now();
        Grade overall = Grade.nearest(sum, grades);
        qbr.overallGrade = overall;
        qbr.overallPoints = sum.divide(BigDecimal.valueOf(grades), 2, RoundingMode.HALF_UP);
        qbr.failing = overall.failing();
        qbr.npsScore = nps;
        qbr.status = QbrStatus.ANSWERED;
        qbr.answeredAt = now;
        qbr.channel = channel;
        qbr.recordedBy = recordedBy;
        qbr.updatedAt = now;
        // Follow-up rows before the account's row, in the order a follow-up edit locks them: no deadlock.
        judgeFollowUps(qbr);
        cadence.held(qbr.accountId, now, overall);
        em.flush();
        events.fire(new QbrEvent.Answered(qbr.id, qbr.failing, recipients(qbr)));
        fire(BusinessEvent.Type.QBR_ANSWERED, qbr);
        Account account = Account.findById(qbr.accountId);
        notifications.send(account.ownerId, NotificationKind.SURVEY_ANSWERED, account.name + " answered its QBR:"
                + " overall grade " + overall.label() + (qbr.failing ? ", failing." : "."), qbrLink(account.id));
    }

    /** Where a notification about an account's QBRs takes its reader. */
    static String qbrLink(UUID accountId) {
        return "/accounts/" + accountId + "?tab=qbrs";
    }

    /**
     * Who the QBR's e-mails go to: its respondent and every respondent contact with an e-mail address, each address
     * once (the respondent is usually the first contact picked).
     */
    private List<QbrEvent.Recipient> recipients(Qbr qbr) {
        java.util.Map<String, QbrEvent.Recipient> byAddress = new java.util.LinkedHashMap<>();
        byAddress.put(qbr.respondentEmail.toLowerCase(java.util.Locale.ROOT),
                new QbrEvent.Recipient(qbr.respondentName, qbr.respondentEmail));
        for (QbrView.Respondent contact : respondentsOf(qbr.id)) {
            if (contact.email() != null) {
                byAddress.putIfAbsent(contact.email().toLowerCase(java.util.Locale.ROOT),
                        new QbrEvent.Recipient(contact.name(), contact.email()));
            }
        }
        return List.copyOf(byAddress.values());
    }

    /**
     * The account's open follow-ups are judged by the QBR answered after them. Locked: one that the follow-up
     * judging job is judging MISSED at this moment is waited for, and then is no longer open.
     */
    private void judgeFollowUps(Qbr answered) {
        List<QbrFollowUp> open = em.createQuery("select f from QbrFollowUp f where f.status = :open and f.qbrId in"
                        + " (select q.id from Qbr q where q.accountId = :account and q.id <> :answered)",
                        QbrFollowUp.class)
                .setParameter("open", FollowUpStatus.OPEN).setParameter("account", answered.accountId)
                .setParameter("answered", answered.id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Account account = open.isEmpty() ? null : Account.findById(answered.accountId);
        for (QbrFollowUp followUp : open) {
            followUp.status = FollowUpPolicy.judge(followUp.targetGrade, answered.overallGrade);
            followUp.judgedByQbr = answered.id;
            followUp.judgedAt = answered.answeredAt;
            followUp.updatedAt = answered.answeredAt;
            notifications.send(account.ownerId, NotificationKind.FOLLOW_UP_JUDGED, "The follow-up of "
                    + account.name + " was judged " + followUp.status + ": the next QBR's overall grade is "
                    + answered.overallGrade.label() + ", the target was " + followUp.targetGrade.label() + ".",
                    qbrLink(account.id));
            followUpJudged(followUp.qbrId);
        }
    }

    /** Tells who listens (webhooks) of a change of the QBR, in this transaction, with the QBR as the API returns it. */
    private void fire(BusinessEvent.Type type, Qbr qbr) {
        changes.fire(new BusinessEvent(type, qbr.id, view(qbr)));
    }

    /** A QBR's follow-up was judged MET or MISSED (here by the next answer, or by {@link FollowUpJudging}). */
    @Transactional(Transactional.TxType.MANDATORY)
    void followUpJudged(UUID qbrId) {
        em.flush();
        Qbr judged = em.find(Qbr.class, qbrId);
        em.refresh(em.find(QbrFollowUp.class, qbrId));
        fire(BusinessEvent.Type.QBR_FOLLOW_UP_JUDGED, judged);
    }

    /** Whether no QBR of the account was answered after this one: only its follow-up books the next QBR. */
    private boolean isLastAnswered(Qbr qbr) {
        return em.createQuery("select count(q) from Qbr q where q.accountId = :account and q.status = :answered"
                        + " and q.answeredAt > :at", Long.class)
                .setParameter("account", qbr.accountId).setParameter("answered", QbrStatus.ANSWERED)
                .setParameter("at", qbr.answeredAt).getSingleResult() == 0;
    }

    QbrView view(Qbr qbr) {
        String accountName = em.createQuery("select a.name from Account a where a.id = :id", String.class)
                .setParameter("id", qbr.accountId).getSingleResult();
        List<SurveyQuestion> questions = questions(qbr.templateId);
        List<QbrAnswer> answers = em.createQuery("select a from QbrAnswer a where a.qbrId = :qbr", QbrAnswer.class)
                .setParameter("qbr", qbr.id).getResultList();
        Map<UUID, QbrAnswer> answerByQuestion = new HashMap<>();
        answers.forEach(a -> answerByQuestion.put(a.questionId, a));
        List<QbrView.AnswerView> answerViews = new ArrayList<>();
        List<QbrView.FailingQuestion> failing = new ArrayList<>();
        for (SurveyQuestion question : questions) {
            QbrAnswer a = answerByQuestion.get(question.id);
            if (a == null) {
                continue;
            }
            answerViews.add(new QbrView.AnswerView(a.questionId, a.grade, a.score, a.text, a.why));
            if (a.grade != null && a.grade.failing()) {
                failing.add(new QbrView.FailingQuestion(question.id, question.text, a.grade, a.why));
            }
        }
        return new QbrView(qbr.id, qbr.accountId, accountName, qbr.templateId, qbr.status, qbr.scheduledFor,
                qbr.respondentName, qbr.respondentEmail, respondentsOf(qbr.id), qbr.sentAt, qbr.invitationExpiresAt, qbr.answeredAt,
                qbr.channel, qbr.recordedBy, questions.stream().map(TemplateView.Question::of).toList(), answerViews,
                qbr.overallGrade, qbr.overallPoints, qbr.failing, failing, qbr.npsScore,
                QbrView.FollowUpView.of(QbrFollowUp.findById(qbr.id)), qbr.createdAt, qbr.updatedAt, qbr.version);
    }

    private List<SurveyQuestion> questions(UUID templateId) {
        return em.createQuery("select q from SurveyQuestion q where q.template.id = :template order by q.position",
                SurveyQuestion.class).setParameter("template", templateId).getResultList();
    }

    private Qbr byToken(String token, boolean forUpdate) {
        Qbr qbr = token == null || token.length() > 100 ? null
                : Qbr.<Qbr>find("tokenHash", Secrets.sha256(token)).firstResultOptional().orElse(null);
        if (qbr == null) {
            throw new ApiProblem(404, "not-found", "Not found",
                    "This survey link is not valid: check that you opened the whole link, or ask for a new one.", null);
        }
        if (forUpdate) {
            em.lock(qbr, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(qbr);
        }
        if (qbr.status == QbrStatus.ANSWERED) {
            throw ApiProblem.conflict("survey-answered", "Already answered",
                    "This survey has already been answered. Thank you!");
        }
        if (qbr.status == QbrStatus.CANCELLED) {
            throw new ApiProblem(410, "survey-withdrawn", "Survey withdrawn",
                    "This survey has been withdrawn. Your account manager will be in touch.", null);
        }
        if (qbr.invitationExpiresAt == null || !qbr.invitationExpiresAt.isAfter(now())) {
            throw new ApiProblem(410, "survey-expired", "Link expired",
                    "This survey link has expired. Ask your account manager for a new one.", null);
        }
        return qbr;
    }

    private Qbr find(UUID id) {
        Qbr qbr = Qbr.findById(id);
        if (qbr == null) {
            throw ApiProblem.notFound("QBR", id);
        }
        return qbr;
    }

    /** A QBR is changed by whoever may change its account. */
    private void requireWrite(Qbr qbr) {
        access.requireWorkOn(accounts.find(qbr.accountId), Scope.SURVEYS_WRITE);
    }

    private Qbr lock(UUID id) {
        Qbr qbr = em.find(Qbr.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (qbr == null) {
            throw ApiProblem.notFound("QBR", id);
        }
        return qbr;
    }

    private static ApiProblem notOpen(Qbr qbr) {
        return ApiProblem.conflict("qbr-closed", "QBR " + qbr.status.name().toLowerCase(),
                "This QBR is " + qbr.status.name().toLowerCase() + "; it takes no invitation or answers.");
    }


    private Instant now() {
        return Text.now(clock);
    }
}
