package vn.ktxh.task.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.ktxh.shared.FoldedText;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;
import vn.ktxh.task.NewTask;
import vn.ktxh.task.Recurrence;
import vn.ktxh.task.TaskCheck;
import vn.ktxh.task.TaskDates;
import vn.ktxh.task.TaskView;

/**
 * The task table as an .xlsx sheet, one row per task, in the columns offices already use:
 * STT | Nhiệm vụ | Nội dung | Mục | Cơ quan chủ trì | Cơ quan phối hợp | Ngày bắt đầu | Thời hạn | Chỉ tiêu liên quan | Ưu tiên.
 * Reading only turns cells into text; {@link TaskCheck} judges them, so the sheet and the API share one rule.
 */
@Component
public class TaskSheets {

    public static final List<String> COLUMNS = List.of(
            "STT",
            TaskCheck.TITLE,
            TaskCheck.CONTENT,
            TaskCheck.SECTION,
            TaskCheck.LEAD,
            TaskCheck.COOPERATING,
            TaskCheck.START,
            TaskCheck.DUE,
            TaskCheck.INDICATORS,
            TaskCheck.PRIORITY);
    private static final List<String> REQUIRED = List.of(TaskCheck.TITLE, TaskCheck.LEAD, TaskCheck.DUE);

    /** The tasks of a sheet, each with its row number in the sheet (the header is row 1). */
    public record Read(List<NewTask> tasks, List<Integer> rows) {}

    public Read read(InputStream in, String areaCode, Long planId) {
        try (Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<String, Integer> columns = new HashMap<>();
            if (header != null) {
                for (Cell cell : header) {
                    columns.put(FoldedText.fold(formatter.formatCellValue(cell)), cell.getColumnIndex());
                }
            }
            List<RejectedInput> missing = REQUIRED.stream()
                    .filter(c -> !columns.containsKey(FoldedText.fold(c)))
                    .map(c -> new RejectedInput(
                            "file", "Dòng 1: thiếu cột \"%s\" (các cột: %s)".formatted(c, String.join(", ", COLUMNS))))
                    .toList();
            if (!missing.isEmpty()) {
                throw new RejectedInputs(missing);
            }
            List<NewTask> tasks = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (String column : COLUMNS) {
                    Integer index = columns.get(FoldedText.fold(column));
                    cells.put(column, index == null ? "" : text(row.getCell(index), formatter));
                }
                if (cells.entrySet().stream()
                        .filter(e -> !e.getKey().equals("STT"))
                        .allMatch(e -> e.getValue().isBlank())) {
                    continue;
                }
                tasks.add(new NewTask(
                        areaCode,
                        planId,
                        null,
                        cells.get(TaskCheck.SECTION),
                        cells.get(TaskCheck.TITLE),
                        cells.get(TaskCheck.CONTENT),
                        null,
                        null,
                        null,
                        cells.get(TaskCheck.LEAD),
                        List.of(cells.get(TaskCheck.COOPERATING)),
                        cells.get(TaskCheck.START),
                        cells.get(TaskCheck.DUE),
                        split(cells.get(TaskCheck.INDICATORS)),
                        cells.get(TaskCheck.PRIORITY),
                        "Nhập từ tệp Excel, dòng " + (r + 1)));
                rows.add(r + 1);
            }
            return new Read(tasks, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedInputs || e instanceof RejectedInput) {
                throw (RuntimeException) e;
            }
            throw new RejectedInput("file", "Không đọc được tệp Excel (.xlsx): " + e.getMessage());
        }
    }

    /** The task table with each task's status and percent on {@code today}. */
    public byte[] write(List<TaskView> tasks, LocalDate today) {
        try (Workbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Nhiệm vụ");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> header = new ArrayList<>(COLUMNS);
            header.addAll(List.of("Hạn hiện tại", "Trạng thái ngày " + TaskDates.print(today), "% hoàn thành"));
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (TaskView v : tasks) {
                var t = v.task();
                String due = t.recurrence().periodic() || t.recurrence() == Recurrence.CONTINUOUS
                        ? t.recurrence().label()
                        : TaskDates.print(t.end());
                List<String> values = List.of(
                        Integer.toString(r),
                        t.title(),
                        nz(t.content()),
                        nz(t.section()),
                        v.lead().name(),
                        v.cooperatingNames(),
                        TaskDates.print(t.start()),
                        due,
                        String.join(", ", t.indicators()),
                        t.priority().label(),
                        TaskDates.print(v.state().due()),
                        v.state().status().label());
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
                row.createCell(values.size()).setCellValue(v.state().percent());
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, c == 1 || c == 2 ? 60 * 256 : 20 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A date cell becomes "30/06/2026" whatever its display format, so the rule reads one form. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return TaskDates.print(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split("[,;]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
