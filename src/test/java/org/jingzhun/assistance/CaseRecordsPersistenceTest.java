package org.jingzhun.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jingzhun.DomainJpaTest;
import org.jingzhun.FixedClock;
import org.jingzhun.household.Cause;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdRepository;
import org.jingzhun.household.HousingGrade;
import org.jingzhun.monitoring.HardshipReport;
import org.jingzhun.monitoring.HardshipReportRepository;
import org.jingzhun.monitoring.HardshipType;
import org.jingzhun.notice.NoticeKind;
import org.jingzhun.notice.NoticeLevel;
import org.jingzhun.notice.NoticeStatus;
import org.jingzhun.notice.Objection;
import org.jingzhun.notice.ObjectionOutcome;
import org.jingzhun.notice.ObjectionRepository;
import org.jingzhun.notice.PublicNotice;
import org.jingzhun.notice.PublicNoticeRepository;
import org.jingzhun.workflow.EscalationLevel;
import org.jingzhun.workflow.TaskEscalation;
import org.jingzhun.workflow.TaskEscalationRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

/** The records the workflow glue writes survive a round trip through the migrated schema. */
@DomainJpaTest
class CaseRecordsPersistenceTest {

    @Autowired
    HouseholdRepository households;

    @Autowired
    MeasureRepository measures;

    @Autowired
    VisitRepository visits;

    @Autowired
    PublicNoticeRepository notices;

    @Autowired
    ObjectionRepository objections;

    @Autowired
    HardshipReportRepository hardships;

    @Autowired
    TaskEscalationRepository escalations;

    @Autowired
    TestEntityManager entityManager;

    Long id;

    @BeforeEach
    void household() {
        id = households.save(new Household("622922100201-0001", "622922100201", "马建国", Cause.ILLNESS,
                FixedClock.TODAY, "cadre1")).getId();
    }

    @Test
    void measuresKeepPlanAndDelivery() {
        Measure planned = new Measure(id, Path.INDUSTRY, "养殖肉牛两头", LocalDate.of(2025, 7, 1));
        planned.setFunding(new BigDecimal("12000.00"), FundSource.CREDIT);
        Measure delivered = new Measure(id, Path.HEALTH, "慢病卡", LocalDate.of(2025, 6, 1));
        delivered.deliver(LocalDate.of(2025, 6, 10), new BigDecimal("0"), true, "已办理");
        measures.save(planned);
        measures.save(delivered);
        flushAndClear();

        assertThat(measures.findByHouseholdIdOrderByStartDateAscIdAsc(id)).extracting(Measure::getContent)
                .containsExactly("慢病卡", "养殖肉牛两头");
        assertThat(measures.findByHouseholdIdAndStatusOrderByIdAsc(id, MeasureStatus.PLANNED))
                .singleElement().satisfies(m -> {
                    assertThat(m.getFundSource()).isEqualTo(FundSource.CREDIT);
                    assertThat(m.getCost()).isEqualByComparingTo("12000");
                });
    }

    @Test
    void latestVisitComesFirst() {
        Visit earlier = new Visit(id, VisitKind.FOLLOW_UP, LocalDate.of(2025, 3, 1), "helper7");
        Visit later = new Visit(id, VisitKind.POST_EXIT, LocalDate.of(2025, 6, 1), "helper7");
        later.observe(true, true, true, HousingGrade.B);
        later.setIncomeEstimate(new BigDecimal("5200"));
        visits.save(earlier);
        visits.save(later);
        flushAndClear();

        assertThat(visits.findFirstByHouseholdIdOrderByVisitedOnDescIdDesc(id)).get().satisfies(v -> {
            assertThat(v.getKind()).isEqualTo(VisitKind.POST_EXIT);
            assertThat(v.getHousingGrade()).isEqualTo(HousingGrade.B);
            assertThat(v.getIncomeEstimate()).isEqualByComparingTo("5200");
        });
    }

    @Test
    void noticeWithAnObjectionIsReviewedAndClosed() {
        Instant published = Instant.parse("2025-06-15T02:00:00Z");
        PublicNotice notice = notices.save(new PublicNotice(id, NoticeLevel.VILLAGE, NoticeKind.IDENTIFICATION,
                "马建国户拟纳入建档立卡贫困户", published, published.plusSeconds(7 * 86400)));
        Objection objection = objections.save(new Objection(notice.getId(), "villager3", published, "家有轿车"));
        objection.review(ObjectionOutcome.UPHELD, "committee1", "核实属实", published.plusSeconds(86400));
        notice.close(NoticeStatus.WITHDRAWN, published.plusSeconds(86400));
        flushAndClear();

        assertThat(notices.findByHouseholdIdOrderByPublishedAtDesc(id)).singleElement()
                .extracting(PublicNotice::getStatus).isEqualTo(NoticeStatus.WITHDRAWN);
        assertThat(notices.findByStatusOrderByEndsAt(NoticeStatus.OPEN)).isEmpty();
        assertThat(objections.findByNoticeIdOrderByRaisedAtAscIdAsc(notice.getId())).singleElement()
                .satisfies(o -> assertThat(o.getOutcome()).isEqualTo(ObjectionOutcome.UPHELD));
        assertThat(objections.findByNoticeIdAndOutcomeIsNullOrderByRaisedAt(notice.getId())).isEmpty();
    }

    @Test
    void unhandledHardshipReportsAreFound() {
        HardshipReport handled = new HardshipReport(id, Instant.now(), "self", HardshipType.DISASTER, "冰雹");
        handled.markHandled();
        hardships.save(handled);
        hardships.save(new HardshipReport(id, Instant.now(), "helper7", HardshipType.ILLNESS, "户主住院"));
        flushAndClear();

        assertThat(hardships.findByHouseholdIdAndHandledFalseOrderByReportedAt(id)).singleElement()
                .extracting(HardshipReport::getHardshipType).isEqualTo(HardshipType.ILLNESS);
    }

    @Test
    void escalationIsRecordedOncePerTaskAndLevel() {
        escalations.save(new TaskEscalation("task-1", "Task_SurveyHousehold", id, EscalationLevel.REMINDER,
                "helper7", Instant.now()));
        flushAndClear();

        assertThat(escalations.existsByTaskIdAndLevel("task-1", EscalationLevel.REMINDER)).isTrue();
        assertThat(escalations.existsByTaskIdAndLevel("task-1", EscalationLevel.ESCALATION)).isFalse();
    }

    private void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }
}
