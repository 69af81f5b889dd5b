package org.jingzhun.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;

/**
 * The values a form submitted when its task completes, whichever client sent them (our pages, /api, Camunda's REST
 * API or Tasklist). Reads and checks them, collects every violation, and afterwards removes them from the process so
 * that only gateway flags outlive the task (design principle 3).
 */
public final class TaskSubmission {

    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final DelegateTask task;

    private final List<Violation> violations = new ArrayList<>();

    private final Set<String> read = new LinkedHashSet<>();

    private TaskSubmission(DelegateTask task) {
        this.task = task;
    }

    public static TaskSubmission of(DelegateTask task) {
        return new TaskSubmission(task);
    }

    public DelegateTask task() {
        return task;
    }

    public Long householdId() {
        return ((Number) task.getVariable(ProcessVariables.HOUSEHOLD_ID)).longValue();
    }

    /** Who completes the task: the authenticated user, else the assignee. A step nobody answers for is refused. */
    public String actor() {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        throw new ValidationException(List.of(new Violation("actor", "validation.actor.unknown")));
    }

    Object raw(String key) {
        read.add(key);
        return FormValues.unwrap(task.getVariable(key));
    }

    public String text(String key) {
        Object value = raw(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    public String requiredText(String key) {
        String text = text(key);
        if (text == null) {
            reject(key, "validation.required");
        }
        return text;
    }

    public BigDecimal decimal(String key) {
        Object value = raw(key);
        BigDecimal number = FormValues.decimal(value);
        if (value != null && number == null && !value.toString().isBlank()) {
            reject(key, "validation.number");
        }
        return number;
    }

    public BigDecimal requiredDecimal(String key) {
        BigDecimal number = decimal(key);
        if (number == null && !hasViolation(key)) {
            reject(key, "validation.required");
        }
        return number;
    }

    public Integer integer(String key) {
        BigDecimal number = decimal(key);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(MAX_INT) > 0) {
            reject(key, "validation.integer");
            return null;
        }
        return number.intValueExact();
    }

    public Integer requiredInteger(String key) {
        Integer number = integer(key);
        if (number == null && !hasViolation(key)) {
            reject(key, "validation.required");
        }
        return number;
    }

    /**
     * The votes of a democratic appraisal (votesFor, votesAgainst): whole numbers, not negative, not both zero.
     * Returns them as the evidence to keep with the committee's signature.
     */
    public String votes() {
        Integer votesFor = requiredInteger("votesFor");
        Integer votesAgainst = requiredInteger("votesAgainst");
        if (votesFor != null && votesFor < 0) {
            reject("votesFor", "validation.negative", votesFor);
        }
        if (votesAgainst != null && votesAgainst < 0) {
            reject("votesAgainst", "validation.negative", votesAgainst);
        }
        if (votesFor != null && votesAgainst != null && votesFor == 0 && votesAgainst == 0) {
            reject("votesFor", "validation.votes.none");
        }
        return "votesFor=" + votesFor + ", votesAgainst=" + votesAgainst;
    }

    /** A checkbox: absent means unchecked. */
    public boolean checked(String key) {
        Object value = raw(key);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    public LocalDate date(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        }
        catch (DateTimeParseException e) {
            reject(key, "validation.date");
            return null;
        }
    }

    public LocalDate requiredDate(String key) {
        LocalDate date = date(key);
        if (date == null && !hasViolation(key)) {
            reject(key, "validation.required");
        }
        return date;
    }

    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        }
        catch (IllegalArgumentException e) {
            reject(key, "validation.choice", text);
            return null;
        }
    }

    public <E extends Enum<E>> E requiredChoice(String key, Class<E> type) {
        E value = choice(key, type);
        if (value == null && !hasViolation(key)) {
            reject(key, "validation.required");
        }
        return value;
    }

    /** A checklist: the chosen values, converted to the enum. */
    public <E extends Enum<E>> List<E> choices(String key, Class<E> type) {
        List<E> result = new ArrayList<>();
        for (Object item : FormValues.list(raw(key))) {
            try {
                result.add(Enum.valueOf(type, item.toString()));
            }
            catch (IllegalArgumentException e) {
                reject(key, "validation.choice", item);
            }
        }
        return result;
    }

    /** A dynamic list: one map of values per row. */
    public List<Map<String, Object>> rows(String key) {
        return FormValues.rows(raw(key));
    }

    /** The radio "decision" of a decision form: true for {@code yes}, false for {@code no}. */
    public Boolean decision(String yes, String no) {
        String value = text("decision");
        if (value == null) {
            reject("decision", "validation.required");
            return null;
        }
        if (!value.equals(yes) && !value.equals(no)) {
            reject("decision", "validation.choice", value);
            return null;
        }
        return value.equals(yes);
    }

    public Boolean approval() {
        return decision("approve", "reject");
    }

    public void reject(String key, String code, Object... args) {
        violations.add(new Violation(key, code, args));
    }

    public boolean hasViolation(String key) {
        return violations.stream().anyMatch(v -> v.field().equals(key));
    }

    /** Throws one exception carrying every violation found so far; the engine then rolls the completion back. */
    public TaskSubmission check() {
        if (!violations.isEmpty()) {
            throw new ValidationException(List.copyOf(violations));
        }
        return this;
    }

    public void setFlag(String name, Object value) {
        read.remove(name);
        task.getExecution().setVariable(name, value);
    }

    /** Removes the submitted values that are not flags: the domain tables now hold them. */
    public void discard() {
        for (String key : read) {
            if (task.getExecution().hasVariable(key)) {
                task.getExecution().removeVariable(key);
            }
        }
    }

}
