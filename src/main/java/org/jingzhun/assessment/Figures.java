package org.jingzhun.assessment;

/**
 * The counts behind one township's or one cadre's indicators for a year (README "Assessment" defines each one).
 *
 * @param planned households whose planned exit year is the year
 * @param achieved of those, the households that had exited by the end of the year
 * @param exited households that had exited by the end of the year (exit year not after it)
 * @param stable of those, the households not back in poverty at the end of the year
 * @param returns returns to poverty recorded during the year
 * @param dueTasks tasks with a due date completed during the year
 * @param onTime of those, the tasks completed not after their due date
 * @param households all households
 * @param openFindings data-quality findings open at the end of the year (now, for the current year)
 */
public record Figures(long planned, long achieved, long exited, long stable, long returns, long dueTasks,
        long onTime, long households, long openFindings) {

    static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Ratio ratio(Indicator indicator) {
        return indicator.of(this);
    }

}
