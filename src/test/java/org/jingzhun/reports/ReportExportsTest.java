package org.jingzhun.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Area and cadre names come from people: the CSV must never hand a spreadsheet a formula. */
class ReportExportsTest {

    @Test
    void csvDisarmsFormulasEvenWhenALineBreakFollows() {
        assertThat(ReportExports.quoted("=1+1")).isEqualTo("'=1+1");
        assertThat(ReportExports.quoted("=HYPERLINK(\"x\")\n村")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\n村\"");
        assertThat(ReportExports.quoted("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(ReportExports.quoted("@cmd")).isEqualTo("'@cmd");
    }

    @Test
    void csvKeepsNumbersAndPlainNamesAsTheyAre() {
        assertThat(ReportExports.quoted("-12.50")).isEqualTo("-12.50");
        assertThat(ReportExports.quoted("附城镇")).isEqualTo("附城镇");
        assertThat(ReportExports.quoted("")).isEmpty();
    }
}
