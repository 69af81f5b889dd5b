package org.jingzhun.notification;

import java.util.List;
import java.util.Map;

import org.jingzhun.exit.ExitDecided;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.monitoring.HardshipReport;
import org.jingzhun.monitoring.HardshipReportReceived;
import org.jingzhun.workflow.AreaGroups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails about a household to its responsible cadre (帮扶责任人), queued in the transaction of the event: the exit
 * decision with its reason, and a hardship report. A household without a responsible cadre has its village's cadres
 * told instead.
 */
@Component
class CaseMails {

    private final MailOutbox outbox;

    private final MailRenderer renderer;

    private final Recipients recipients;

    private final MailFacts facts;

    private final HouseholdService households;

    CaseMails(MailOutbox outbox, MailRenderer renderer, Recipients recipients, MailFacts facts,
            HouseholdService households) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.recipients = recipients;
        this.facts = facts;
        this.households = households;
    }

    @EventListener
    void exitDecided(ExitDecided event) {
        MailHousehold household = facts.household(event.householdId()).orElseThrow();
        MailKind kind = event.approved() ? MailKind.EXIT_APPROVED : MailKind.EXIT_REJECTED;
        Map<String, Object> model = Map.of("household", household, "decidedBy", recipients.nameOf(event.decidedBy()),
                "reason", event.reason() == null ? "" : event.reason(), "failedIndicator",
                event.failedIndicator() == null ? "" : event.failedIndicator());
        for (Recipient to : responsible(event.householdId())) {
            outbox.enqueue(renderer.render(kind, "exit:" + event.processInstanceId() + ":" + to.userId(), to, model,
                    texts -> new Object[] { household.headName(), household.number() }));
        }
    }

    @EventListener
    void hardshipReported(HardshipReportReceived event) {
        HardshipReport report = event.report();
        MailHousehold household = facts.household(report.getHouseholdId()).orElseThrow();
        Map<String, Object> model = Map.of("household", household, "report", report, "reportedBy",
                recipients.nameOf(report.getReportedBy()));
        for (Recipient to : responsible(report.getHouseholdId())) {
            outbox.enqueue(renderer.render(MailKind.HARDSHIP_REPORTED, "hardship:" + report.getId() + ":" + to.userId(),
                    to, model, texts -> new Object[] { household.headName(), household.number() }));
        }
    }

    private List<Recipient> responsible(Long householdId) {
        Household household = households.get(householdId);
        if (household.getResponsibleCadre() != null) {
            return recipients.user(household.getResponsibleCadre()).stream().toList();
        }
        return recipients.members(List.of(AreaGroups.cadres(household.getVillageCode())));
    }

}
