package org.jingzhun.approval;

import java.util.HashMap;
import java.util.Map;

/** A reviewer's decision as posted: approve or reject, the reason (mandatory), and the on-site check if asked. */
record ApprovalForm(String decision, String reason, Boolean onSiteCheck) {

    /** The values the step's form reads; a key the form does not have is dropped by its validation. */
    Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        values.put("decision", decision);
        values.put("reason", reason);
        values.put("onSiteCheck", Boolean.TRUE.equals(onSiteCheck));
        return values;
    }

}
