package org.jingzhun.system;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as our exports write it for spreadsheets: UTF-8 with a byte-order mark (Excel otherwise reads the system's code
 * page and garbles Chinese), CRLF line ends, RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
 */
public final class Csv {

    private static final String BOM = "\uFEFF";

    private Csv() {
    }

    public static byte[] of(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BOM);
        for (List<String> row : rows) {
            csv.append(String.join(",", row.stream().map(Csv::cell).toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * RFC 4180 quoting; a cell starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe so a
     * spreadsheet never runs it (OWASP's list; a line break inside must not hide the leading character), while a plain
     * negative number stays a number.
     */
    public static String cell(String cell) {
        String value = cell == null ? "" : cell;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

}
