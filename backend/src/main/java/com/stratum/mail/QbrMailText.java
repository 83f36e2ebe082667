package com.stratum.mail;

import com.stratum.survey.QbrView;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words of the survey e-mails: plain text, signed with the company's name from the settings. */
final class QbrMailText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    record Text(String subject, String body) {
    }

    private QbrMailText() {
    }

    static Text invitation(String company, String name, QbrView qbr, String link, boolean reminder) {
        String subject = (reminder ? "Reminder: " : "") + company + " would like your review for " + qbr.accountName();
        String opening = reminder
                ? "A few days ago " + company + " asked how the past quarter went for " + qbr.accountName()
                        + ", and we have not heard from you yet. Your grades, and why, tell us what to fix."
                : company + " would like to hear how the past quarter went for " + qbr.accountName() + ". Please grade"
                        + " us from A+ to F, and tell us why where we fell short: it takes a few minutes.";
        String body = greeting(name) + "\n\n" + opening + "\n\n" + link + "\n\nThe link works until "
                + DATE_TIME.format(qbr.invitationExpiresAt()) + ". It is meant for you: please do not forward it.\n\n"
                + "Thank you,\n" + company + "\n";
        return new Text(subject, body);
    }

    static Text thankYou(String company, String name, QbrView qbr) {
        StringBuilder body = new StringBuilder(greeting(name)).append("\n\nThank you for your review of ")
                .append(company).append(" for ").append(qbr.accountName()).append(". Overall you graded us ")
                .append(qbr.overallGrade()).append(".\n\n");
        if (qbr.failingQuestions().isEmpty()) {
            body.append("Every grade you gave us passed; we will work to keep it that way.\n");
        } else {
            body.append("Here is what we heard:\n");
            for (QbrView.FailingQuestion failing : qbr.failingQuestions()) {
                body.append("\n- ").append(failing.text()).append(": ").append(failing.grade()).append("\n  \"")
                        .append(failing.why().replace("\n", "\n   ")).append("\"\n");
            }
            body.append("\n");
            if (qbr.followUp() != null) {
                body.append("We have agreed to follow up by ").append(DATE.format(qbr.followUp().targetDate()))
                        .append(", aiming to earn at least ").append(qbr.followUp().targetGrade())
                        .append(" from you by then.\n");
            } else {
                body.append("Your account manager will be in touch about what we will do about it.\n");
            }
        }
        body.append("\nThank you,\n").append(company).append("\n");
        return new Text(company + ": thank you \u2014 here is what we heard", body.toString());
    }

    private static String greeting(String name) {
        return name == null || name.isBlank() ? "Hello," : "Hello " + name + ",";
    }
}
