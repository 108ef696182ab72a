package nl.examenkamer.curriculum;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.Reason;
import nl.examenkamer.shared.SpreadsheetCsv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The board's admission list as a file: CSV (UTF-8 with a byte-order mark, so Excel shows accents
 * right) or an Excel workbook. Hours are numbers in the workbook and decimal-point text in the CSV,
 * as in the upload format. One column per theme of the rule, then every unmet rule in words.
 */
public final class AdmissionExport {

    private final AdmissionRule rule;
    private final Locale locale;

    public AdmissionExport(AdmissionRule rule, Locale locale) {
        this.rule = rule;
        this.locale = Messages.supported(locale);
    }

    public List<String> header() {
        List<String> header = new ArrayList<>(List.of(
                text("export.candidateNumber"),
                text("export.fullName"),
                text("export.admitted"),
                text("export.contactHours"),
                text("export.studyLoadHours")));
        for (AdmissionRule.Theme theme : rule.themes()) {
            header.add(text("export.themeContactHours", theme.code()));
        }
        header.add(text("export.unmet"));
        return header;
    }

    public byte[] csv(List<AdmissionRow> rows) {
        List<List<String>> lines = new ArrayList<>(rows.size());
        for (AdmissionRow row : rows) {
            List<String> values = new ArrayList<>(List.of(
                    row.candidateNumber(),
                    row.fullName(),
                    yesNo(row.status().admitted()),
                    row.status().contact().toString(),
                    row.status().studyLoad().toString()));
            row.status().themes().forEach(theme -> values.add(theme.contact().toString()));
            values.add(unmet(row.status().unmet()));
            lines.add(values);
        }
        return SpreadsheetCsv.of(header(), lines);
    }

    public byte[] xlsx(List<AdmissionRow> rows) {
        // The streaming workbook keeps only a window of rows in memory: the list may hold every candidate.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(text("export.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row headerRow = sheet.createRow(0);
            List<String> header = header();
            for (int column = 0; column < header.size(); column++) {
                Cell cell = headerRow.createCell(column);
                cell.setCellValue(header.get(column));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int rowIndex = 1;
            for (AdmissionRow row : rows) {
                Row sheetRow = sheet.createRow(rowIndex++);
                int column = 0;
                sheetRow.createCell(column++).setCellValue(row.candidateNumber());
                sheetRow.createCell(column++).setCellValue(row.fullName());
                sheetRow.createCell(column++).setCellValue(yesNo(row.status().admitted()));
                sheetRow.createCell(column++)
                        .setCellValue(row.status().contact().value().doubleValue());
                sheetRow.createCell(column++)
                        .setCellValue(row.status().studyLoad().value().doubleValue());
                for (ThemeHours theme : row.status().themes()) {
                    sheetRow.createCell(column++)
                            .setCellValue(theme.contact().value().doubleValue());
                }
                sheetRow.createCell(column).setCellValue(unmet(row.status().unmet()));
            }
            sheet.setColumnWidth(1, 32 * 256);
            sheet.setColumnWidth(header.size() - 1, 80 * 256);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String unmet(List<Reason> reasons) {
        return String.join(
                "; ", reasons.stream().map(reason -> reason.text(locale)).toList());
    }

    private String yesNo(boolean admitted) {
        return text(admitted ? "export.yes" : "export.no");
    }

    private String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
