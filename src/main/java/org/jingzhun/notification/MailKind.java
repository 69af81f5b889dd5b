package org.jingzhun.notification;

/**
 * The mails the product writes. Each has a text and an HTML template, {@code templates/mail/<template>.txt|.html},
 * and its texts under {@code mail.<key>.*} in the messages.
 */
public enum MailKind {

    TASK_ASSIGNED("task-assigned", "taskAssigned"),
    GROUP_QUEUE("group-queue", "groupQueue"),
    DUE_TOMORROW("due-tomorrow", "dueTomorrow"),
    REMINDER("reminder", "reminder"),
    ESCALATION("escalation", "escalation"),
    EXIT_APPROVED("exit-approved", "exitApproved"),
    EXIT_REJECTED("exit-rejected", "exitRejected"),
    HARDSHIP_REPORTED("hardship-reported", "hardshipReported"),
    DIGEST("digest", "digest");

    private final String template;

    private final String key;

    MailKind(String template, String key) {
        this.template = template;
        this.key = key;
    }

    public String template() {
        return "mail/" + template;
    }

    public String subjectKey() {
        return "mail." + key + ".subject";
    }

}
