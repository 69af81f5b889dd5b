package org.jingzhun.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Area and cadre names come from people: the exports' CSV must never hand a spreadsheet a formula. */
class CsvTest {

    @Test
    void csvDisarmsFormulasEvenWhenALineBreakFollows() {
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("=HYPERLINK(\"x\")\n村")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\n村\"");
        assertThat(Csv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Csv.cell("@cmd")).isEqualTo("'@cmd");
    }

    @Test
    void csvKeepsNumbersAndPlainNamesAsTheyAre() {
        assertThat(Csv.cell("-12.50")).isEqualTo("-12.50");
        assertThat(Csv.cell("附城镇")).isEqualTo("附城镇");
        assertThat(Csv.cell("")).isEmpty();
    }
}
