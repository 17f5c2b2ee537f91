package vn.ktxh.task.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Component;
import vn.ktxh.task.Progress;
import vn.ktxh.task.TaskDates;
import vn.ktxh.task.TaskView;

/**
 * A progress report as a Word document in the official style (Nghị định 30/2020/NĐ-CP: Times New Roman 13 pt):
 * the reporting agency and the national motto, the title, the task, then what was done, problems and proposals.
 */
@Component
public class ProgressDocuments {

    public byte[] write(TaskView view, Progress progress) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            line(doc, view.lead().name().toUpperCase(), true, ParagraphAlignment.LEFT);
            line(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, ParagraphAlignment.RIGHT);
            line(doc, "Độc lập - Tự do - Hạnh phúc", true, ParagraphAlignment.RIGHT);
            line(doc, "Ngày %s".formatted(TaskDates.print(progress.reportedOn())), false, ParagraphAlignment.RIGHT);
            line(doc, "BÁO CÁO", true, ParagraphAlignment.CENTER);
            line(
                    doc,
                    "Tiến độ thực hiện nhiệm vụ %s".formatted(progress.period().label()),
                    true,
                    ParagraphAlignment.CENTER);
            var t = view.task();
            line(
                    doc,
                    "Nhiệm vụ: " + t.title() + (t.section() == null ? "" : " (mục " + t.section() + ")"),
                    false,
                    ParagraphAlignment.BOTH);
            if (t.document().number() != null) {
                line(
                        doc,
                        "Văn bản giao: " + t.document().number()
                                + (t.document().date() == null
                                        ? ""
                                        : " ngày "
                                                + TaskDates.print(t.document().date()))
                                + (t.document().issuer() == null
                                        ? ""
                                        : " của " + t.document().issuer()),
                        false,
                        ParagraphAlignment.BOTH);
            }
            line(doc, "Cơ quan chủ trì: " + view.lead().name(), false, ParagraphAlignment.BOTH);
            if (!view.cooperating().isEmpty()) {
                line(doc, "Cơ quan phối hợp: " + view.cooperatingNames(), false, ParagraphAlignment.BOTH);
            }
            line(doc, "Thời hạn: " + TaskDates.print(t.due(progress.period())), false, ParagraphAlignment.BOTH);
            line(doc, "1. Kết quả thực hiện", true, ParagraphAlignment.BOTH);
            line(doc, progress.text(), false, ParagraphAlignment.BOTH);
            line(doc, "Tỷ lệ hoàn thành: %d%%".formatted(progress.percent()), false, ParagraphAlignment.BOTH);
            line(doc, "2. Khó khăn, vướng mắc", true, ParagraphAlignment.BOTH);
            line(doc, progress.problems() == null ? "Không." : progress.problems(), false, ParagraphAlignment.BOTH);
            line(doc, "3. Đề xuất, kiến nghị", true, ParagraphAlignment.BOTH);
            line(doc, progress.proposals() == null ? "Không." : progress.proposals(), false, ParagraphAlignment.BOTH);
            line(doc, "Người báo cáo: " + progress.reportedBy(), false, ParagraphAlignment.RIGHT);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(XWPFDocument doc, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(13);
        run.setBold(bold);
        run.setText(text);
    }
}
