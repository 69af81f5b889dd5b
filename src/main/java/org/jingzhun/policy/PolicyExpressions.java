package org.jingzhun.policy;

import java.util.Date;

import org.jingzhun.system.Today;
import org.springframework.stereotype.Component;

/** What BPMN expressions read as {@code ${policy...}}: durations as ISO strings, due dates as Dates. */
@Component("policy")
public class PolicyExpressions {

    private final PolicyService policy;
    private final Today today;

    public PolicyExpressions(PolicyService policy, Today today) {
        this.policy = policy;
        this.today = today;
    }

    public String due(String step) {
        return policy.due(step).toString();
    }

    /** Calendar arithmetic in Asia/Shanghai so "P1M" means a calendar month there. */
    public Date dueDate(String step) {
        return Date.from(today.now().atZone(Today.ZONE).plus(policy.due(step)).toInstant());
    }

    public String escalation(String step) {
        return policy.due(step).plus(policy.escalationDelay(step)).toString();
    }

    public String visitInterval() {
        return policy.visitInterval().toString();
    }
}
