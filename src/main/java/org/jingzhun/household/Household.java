package org.jingzhun.household;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;

@Entity
@Table(name = "household")
public class Household {

    static final int MAX_SECONDARY_CAUSES = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "household_number", nullable = false, unique = true)
    private String householdNumber;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "village_code", nullable = false, length = 12)
    private String villageCode;

    @Column(name = "head_name", nullable = false)
    private String headName;

    private String phone;

    @Column(name = "bank_account")
    private String bankAccount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Attribute attribute = Attribute.ORDINARY;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Standard standard = Standard.NATIONAL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HouseholdStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Column(name = "declared_size", nullable = false)
    private int declaredSize;

    @Enumerated(EnumType.STRING)
    @Column(name = "main_cause", nullable = false)
    private Cause mainCause;

    @Enumerated(EnumType.STRING)
    @Column(name = "secondary_cause1")
    private Cause secondaryCause1;

    @Enumerated(EnumType.STRING)
    @Column(name = "secondary_cause2")
    private Cause secondaryCause2;

    @Column(name = "planned_exit_year")
    private Integer plannedExitYear;

    @Column(name = "exit_year")
    private Integer exitYear;

    @Column(name = "exit_date")
    private LocalDate exitDate;

    @Column(name = "buffer_end_date")
    private LocalDate bufferEndDate;

    @Column(name = "first_identified_on")
    private LocalDate firstIdentifiedOn;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "responsible_cadre")
    private String responsibleCadre;

    @Column(nullable = false)
    private boolean monitored;

    /** Start of the current monitoring period, or of the last one once its risk was eliminated. */
    @Column(name = "monitoring_since")
    private LocalDate monitoringSince;

    /** The day monitoring ended because the risk was eliminated (消除风险); cleared when monitoring starts again. */
    @Column(name = "risk_eliminated_on")
    private LocalDate riskEliminatedOn;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Member> members = new ArrayList<>();

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL)
    @OrderBy("changedAt, id")
    private List<HouseholdStatusChange> statusHistory = new ArrayList<>();

    protected Household() {
    }

    /** A new application: status APPLIED in the identification stage, with its first history row. */
    public Household(String householdNumber, String villageCode, String headName, Cause mainCause,
            LocalDate appliedOn, String actor) {
        this.householdNumber = householdNumber;
        this.villageCode = villageCode;
        this.headName = headName;
        this.mainCause = mainCause;
        this.appliedOn = appliedOn;
        this.stage = Stage.IDENTIFICATION;
        this.createdAt = Today.currentInstant();
        this.status = HouseholdStatus.APPLIED;
        statusHistory.add(new HouseholdStatusChange(this, null, status, createdAt, actor, null));
    }

    public void changeStatus(HouseholdStatus to, String actor, String reason) {
        if (!status.canChangeTo(to)) {
            throw new IllegalStateException(
                    "Household " + householdNumber + " cannot change from " + status + " to " + to);
        }
        statusHistory.add(new HouseholdStatusChange(this, status, to, Today.currentInstant(), actor, reason));
        status = to;
    }

    /** A decision that leaves the status as it is (e.g. exit refused) is still part of the history. */
    public void noteUnchangedStatus(String actor, String reason) {
        statusHistory.add(new HouseholdStatusChange(this, status, status, Today.currentInstant(), actor, reason));
    }

    public void register(LocalDate today, String actor) {
        changeStatus(HouseholdStatus.POOR, actor, null);
        if (firstIdentifiedOn == null) {
            firstIdentifiedOn = today;
        }
    }

    public void exit(LocalDate exitDate, int bufferYears, String actor) {
        changeStatus(HouseholdStatus.EXITED, actor, null);
        this.exitDate = exitDate;
        this.exitYear = exitDate.getYear();
        this.bufferEndDate = exitDate.plusYears(bufferYears);
    }

    /** The exit fields stay until the next exit overwrites them; the history row keeps them for good. */
    public void returnToPoverty(String actor, String reason) {
        String withExit = (reason == null ? "" : reason + " ") + "(exit " + exitDate + ", year " + exitYear + ")";
        changeStatus(HouseholdStatus.RETURNED, actor, withExit.strip());
        bufferEndDate = null;
    }

    public void assignHelper(String userId, int plannedExitYear) {
        this.responsibleCadre = userId;
        this.plannedExitYear = plannedExitYear;
    }

    public void enterStage(Stage stage) {
        this.stage = stage;
    }

    public void startMonitoring(LocalDate since) {
        monitored = true;
        monitoringSince = since;
        riskEliminatedOn = null;
    }

    /** Risk eliminated on the day: the period's start stays so data-quality checks can compare both dates. */
    public void endMonitoring(LocalDate eliminatedOn) {
        monitored = false;
        riskEliminatedOn = eliminatedOn;
    }

    public void addMember(Member member) {
        member.setHousehold(this);
        members.add(member);
    }

    public long livingMemberCount() {
        return members.stream().filter(member -> !member.isDeceased()).count();
    }

    public List<Cause> secondaryCauses() {
        return Stream.of(secondaryCause1, secondaryCause2).filter(cause -> cause != null).toList();
    }

    public void setSecondaryCauses(List<Cause> causes) {
        setCauses(mainCause, causes);
    }

    public void setCauses(Cause main, List<Cause> secondary) {
        ValidationException.throwIfAny(causeViolations(main, secondary));
        List<Cause> given = withoutNulls(secondary);
        mainCause = main;
        secondaryCause1 = given.isEmpty() ? null : given.get(0);
        secondaryCause2 = given.size() < 2 ? null : given.get(1);
    }

    /** One main cause, at most two distinct secondary causes, none repeating the main one. */
    public static List<Violation> causeViolations(Cause main, List<Cause> secondary) {
        List<Violation> violations = new ArrayList<>();
        List<Cause> given = withoutNulls(secondary);
        if (main == null) {
            violations.add(new Violation("mainCause", "validation.mainCause.required"));
        }
        if (given.size() > MAX_SECONDARY_CAUSES) {
            violations.add(new Violation("secondaryCauses", "validation.secondaryCauses.tooMany",
                    given.size(), MAX_SECONDARY_CAUSES));
        }
        if (main != null && given.contains(main)) {
            violations.add(new Violation("secondaryCauses", "validation.secondaryCauses.sameAsMain", main));
        }
        if (given.stream().distinct().count() < given.size()) {
            violations.add(new Violation("secondaryCauses", "validation.secondaryCauses.duplicate"));
        }
        return violations;
    }

    private static List<Cause> withoutNulls(List<Cause> causes) {
        return causes == null ? List.of() : causes.stream().filter(c -> c != null).toList();
    }

    public List<Member> getMembers() {
        return Collections.unmodifiableList(members);
    }

    public List<HouseholdStatusChange> getStatusHistory() {
        return Collections.unmodifiableList(statusHistory);
    }

    public Long getId() {
        return id;
    }

    public String getHouseholdNumber() {
        return householdNumber;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(String bankAccount) {
        this.bankAccount = bankAccount;
    }

    public Attribute getAttribute() {
        return attribute;
    }

    public void setAttribute(Attribute attribute) {
        this.attribute = attribute;
    }

    public Standard getStandard() {
        return standard;
    }

    public void setStandard(Standard standard) {
        this.standard = standard;
    }

    public HouseholdStatus getStatus() {
        return status;
    }

    public Stage getStage() {
        return stage;
    }

    public int getDeclaredSize() {
        return declaredSize;
    }

    public void setDeclaredSize(int declaredSize) {
        this.declaredSize = declaredSize;
    }

    public Cause getMainCause() {
        return mainCause;
    }

    public Integer getPlannedExitYear() {
        return plannedExitYear;
    }

    public Integer getExitYear() {
        return exitYear;
    }

    public LocalDate getExitDate() {
        return exitDate;
    }

    public LocalDate getBufferEndDate() {
        return bufferEndDate;
    }

    public LocalDate getFirstIdentifiedOn() {
        return firstIdentifiedOn;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public String getResponsibleCadre() {
        return responsibleCadre;
    }

    public boolean isMonitored() {
        return monitored;
    }

    public LocalDate getRiskEliminatedOn() {
        return riskEliminatedOn;
    }

    public LocalDate getMonitoringSince() {
        return monitoringSince;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
