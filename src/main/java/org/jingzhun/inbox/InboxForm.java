package org.jingzhun.inbox;

import java.util.Arrays;

import org.jingzhun.household.Stage;

/** The inbox's request parameters as sent by the page and the API; {@link #toQuery()} makes sense of them. */
public class InboxForm {

    private String tab;

    private String village;

    private String stage;

    private String step;

    private String q;

    private String sort;

    private String dir;

    private String page;

    private String size;

    /** Without a tab the caller gets the default ("mine"); {@link InboxService} may pick another one. */
    boolean hasTab() {
        return InboxTab.fromParam(tab).isPresent();
    }

    public InboxQuery toQuery() {
        Stage stageValue = Arrays.stream(Stage.values()).filter(s -> s.name().equals(stage)).findFirst().orElse(null);
        return new InboxQuery(InboxTab.fromParam(tab).orElse(InboxTab.MINE), village, stageValue, step, q,
                InboxSort.fromParam(sort).orElse(InboxSort.DUE), !"desc".equalsIgnoreCase(dir),
                number(page, 1), number(size, InboxQuery.DEFAULT_SIZE));
    }

    private static int number(String value, int otherwise) {
        return value != null && value.matches("\\d{1,6}") ? Integer.parseInt(value) : otherwise;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

}
