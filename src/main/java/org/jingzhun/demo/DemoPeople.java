package org.jingzhun.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jingzhun.household.Education;
import org.jingzhun.household.Health;
import org.jingzhun.household.LabourAbility;
import org.jingzhun.household.MemberForm;
import org.jingzhun.household.Relation;
import org.jingzhun.household.SchoolingStatus;
import org.jingzhun.household.Sex;

/** Invented demo families with valid resident ID numbers (ISO 7064 MOD 11-2) of the demo county. */
final class DemoPeople {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

    private static final String CHECK = "10X98765432";

    private static final String[] SURNAMES = { "马", "王", "李", "张", "刘", "何", "杨", "赵", "罗", "韩", "冶", "陈" };

    private static final String[] MEN = { "建国", "海军", "永福", "德明", "学礼", "忠义", "文华", "玉龙" };

    private static final String[] WOMEN = { "秀兰", "桂英", "玉梅", "淑芳", "海燕", "春花", "丽娟", "小红" };

    private DemoPeople() {
    }

    static String residentId(LocalDate birthDate, int sequence) {
        String body = "622922" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }

    /** Household {@code n}: a head, a spouse and one to three children; sequences keep every ID unique. */
    static List<MemberForm> family(int n) {
        String surname = SURNAMES[n % SURNAMES.length];
        List<MemberForm> members = new ArrayList<>();
        LocalDate headBirth = LocalDate.of(1962, 3, 1).plusDays(n * 97L % 9000);
        members.add(member(surname + MEN[n % MEN.length], Sex.MALE, residentId(headBirth, n * 2 % 1000 + 1),
                Relation.HEAD, SchoolingStatus.GRADUATED, LabourAbility.ORDINARY, Health.HEALTHY));
        LocalDate spouseBirth = headBirth.plusYears(2);
        members.add(member(WOMEN[n % WOMEN.length].charAt(0) + WOMEN[(n + 3) % WOMEN.length].substring(1),
                Sex.FEMALE, residentId(spouseBirth, n * 2 % 1000), Relation.SPOUSE, SchoolingStatus.GRADUATED,
                LabourAbility.ORDINARY, n % 5 == 0 ? Health.CHRONIC : Health.HEALTHY));
        int children = 1 + n % 3;
        for (int c = 0; c < children; c++) {
            boolean son = (n + c) % 2 == 0;
            LocalDate birth = LocalDate.of(2008, 5, 1).plusDays(n * 31L % 1500 + c * 700L);
            int sequence = (n * 2 + c * 200 + 400) % 1000;
            sequence = son ? sequence | 1 : sequence & ~1;
            members.add(member(surname + (son ? MEN[(n + c + 1) % MEN.length] : WOMEN[(n + c + 1) % WOMEN.length]),
                    son ? Sex.MALE : Sex.FEMALE, residentId(birth, sequence), Relation.CHILD,
                    SchoolingStatus.IN_SCHOOL, LabourAbility.NONE, Health.HEALTHY));
        }
        return members;
    }

    private static MemberForm member(String name, Sex sex, String id, Relation relation, SchoolingStatus schooling,
            LabourAbility labour, Health health) {
        return new MemberForm(name, sex, id, relation, "汉族", Education.JUNIOR, schooling, health, labour, true, true,
                relation != Relation.CHILD, false, null, null);
    }

}
