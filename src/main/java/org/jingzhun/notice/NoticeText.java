package org.jingzhun.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jingzhun.area.Area;
import org.jingzhun.area.AreaService;
import org.jingzhun.household.Cause;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.IncomeService;
import org.jingzhun.system.Today;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text posted on the notice board. Built only from what may be public — head of household, village, kind of
 * notice, per-capita income and causes of poverty; never ID numbers, phones, bank accounts or health status.
 * Written in Chinese: it is posted in the village whatever language the publishing user reads.
 */
@Component
class NoticeText {

    static final Locale POSTED_IN = Locale.SIMPLIFIED_CHINESE;

    private final HouseholdService households;

    private final IncomeService incomes;

    private final AreaService areas;

    private final MessageSource messages;

    NoticeText(HouseholdService households, IncomeService incomes, AreaService areas, MessageSource messages) {
        this.households = households;
        this.incomes = incomes;
        this.areas = areas;
        this.messages = messages;
    }

    String compose(Long householdId, NoticeLevel level, NoticeKind kind, Instant publishedAt, Instant endsAt) {
        Household household = households.get(householdId);
        String village = areas.find(household.getVillageCode()).map(Area::getName).orElse(household.getVillageCode());
        String income = incomes.latest(householdId)
            .map(record -> text("notice.income", record.getPerCapitaNet().toPlainString(),
                    String.valueOf(record.getYear())))
            .orElseGet(() -> text("notice.income.none"));
        List<String> secondary = household.secondaryCauses().stream().map(this::cause).toList();
        String otherCauses = switch (secondary.size()) {
            case 0 -> text("notice.secondaryCauses.none");
            case 1 -> secondary.get(0);
            default -> text("notice.secondaryCauses.two", secondary.get(0), secondary.get(1));
        };
        return text("notice.content", text("notice.level." + level.name()), text("notice.kind." + kind.name()),
                village, household.getHeadName(), income, cause(household.getMainCause()), otherCauses,
                date(publishedAt), date(endsAt));
    }

    private String cause(Cause cause) {
        return text("notice.cause." + cause.name());
    }

    private static String date(Instant instant) {
        return LocalDate.ofInstant(instant, Today.ZONE).toString();
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, POSTED_IN);
    }

}
