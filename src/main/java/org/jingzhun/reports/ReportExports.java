package org.jingzhun.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jingzhun.system.Csv;

/** A report's table as the exports carry it: the label column, then the figures, exactly as the page shows them. */
final class ReportExports {

    private ReportExports() {
    }

    static byte[] csv(ReportView view) {
        return Csv.of(cells(view));
    }

    static byte[] xlsx(ReportView view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(view.title()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            List<String> headings = headings(view);
            for (int i = 0; i < headings.size(); i++) {
                header.createCell(i).setCellValue(headings.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            for (int r = 0; r < view.lines().size(); r++) {
                ReportView.Line line = view.lines().get(r);
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(line.label());
                for (int c = 0; c < line.values().size(); c++) {
                    row.createCell(c + 1).setCellValue(line.values().get(c).doubleValue());
                }
            }
            sheet.createFreezePane(1, 1);
            sheet.setColumnWidth(0, 30 * 256);
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
    }

    /** Header and rows as text: integers plain, money with its two decimals. */
    static List<List<String>> cells(ReportView view) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(headings(view));
        for (ReportView.Line line : view.lines()) {
            List<String> cells = new ArrayList<>();
            cells.add(line.label());
            line.values().forEach(value -> cells.add(value instanceof BigDecimal money ? money.toPlainString()
                    : String.valueOf(value)));
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> headings(ReportView view) {
        List<String> headings = new ArrayList<>();
        headings.add(view.labelColumn());
        headings.addAll(view.columns());
        return headings;
    }

}
