package org.jingzhun.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jingzhun.household.Attribute;
import org.jingzhun.household.Cause;
import org.jingzhun.household.Education;
import org.jingzhun.household.Health;
import org.jingzhun.household.HouseholdApplication;
import org.jingzhun.household.HousingGrade;
import org.jingzhun.household.LabourAbility;
import org.jingzhun.household.MemberForm;
import org.jingzhun.household.Relation;
import org.jingzhun.household.SchoolingStatus;
import org.jingzhun.household.Sex;
import org.jingzhun.household.Standard;

/** Valid household applications with unique members, to change one thing at a time in a test. */
public final class TestHouseholds {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestHouseholds() {
    }

    public static HouseholdApplication application(String villageCode) {
        return application(villageCode, 3);
    }

    public static HouseholdApplication application(String villageCode, int size) {
        int n = SEQUENCE.incrementAndGet();
        String head = "测试户主" + n;
        List<MemberForm> members = new ArrayList<>();
        LocalDate headBirth = LocalDate.of(1960, 1, 1).plusDays(n % 3000);
        members.add(member(head, Sex.MALE, ResidentIds.of("622922", headBirth, (n * 2 + 1) % 1000), Relation.HEAD,
                SchoolingStatus.GRADUATED));
        for (int i = 1; i < size; i++) {
            boolean male = i % 2 == 0;
            LocalDate birth = LocalDate.of(1990, 1, 1).plusDays(n % 3000 + i * 400L);
            int sequence = (n * 7 + i * 2 + (male ? 1 : 0)) % 1000;
            if ((sequence % 2 == 1) != male) {
                sequence = (sequence + 1) % 1000;
            }
            members.add(member("成员" + n + "-" + i, male ? Sex.MALE : Sex.FEMALE,
                    ResidentIds.of("622922", birth, sequence), i == 1 ? Relation.SPOUSE : Relation.CHILD,
                    SchoolingStatus.GRADUATED));
        }
        return new HouseholdApplication(villageCode, head, "13800000000", "6228480000000000000", Attribute.ORDINARY,
                Standard.NATIONAL, size, Cause.ILLNESS, List.of(Cause.SKILLS), members, HousingGrade.B, true,
                new BigDecimal("5.5"), new BigDecimal("2.0"));
    }

    static MemberForm member(String name, Sex sex, String idNumber, Relation relation, SchoolingStatus schooling) {
        return new MemberForm(name, sex, idNumber, relation, "汉族", Education.JUNIOR, schooling, Health.HEALTHY,
                LabourAbility.ORDINARY, true, true, true, false, null, null);
    }

}
