package vn.ktxh.document.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.ktxh.document.DocumentRenderer;
import vn.ktxh.document.OfficialDocument;
import vn.ktxh.document.ReportFormat;

/** PDF from the document's XHTML, with a Vietnamese-capable serif font embedded (subset). */
@Component
public class PdfRenderer implements DocumentRenderer {

    static {
        // the renderer reports each stage of every document at INFO on its own console handler, whatever the
        // application's logging says: only its warnings are worth a line in the log or on a command's console
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final XhtmlRenderer xhtml;
    private final List<String> fontRoots;
    private volatile SerifFonts fonts;

    public PdfRenderer(
            XhtmlRenderer xhtml,
            @Value("${ktxh.fonts.dirs:/usr/share/fonts/truetype,/usr/local/share/fonts}") List<String> fontRoots) {
        this.xhtml = xhtml;
        this.fontRoots = List.copyOf(fontRoots);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public byte[] render(OfficialDocument document) {
        SerifFonts f = fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(f.regular(), XhtmlRenderer.PDF_FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(f.bold(), XhtmlRenderer.PDF_FONT, 700, FontStyle.NORMAL, true);
            builder.useFont(f.italic(), XhtmlRenderer.PDF_FONT, 400, FontStyle.ITALIC, true);
            builder.useFont(f.boldItalic(), XhtmlRenderer.PDF_FONT, 700, FontStyle.ITALIC, true);
            builder.withHtmlContent(xhtml.render(document), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private SerifFonts fonts() {
        SerifFonts f = fonts;
        if (f == null) {
            f = SerifFonts.find(fontRoots);
            fonts = f;
        }
        return f;
    }
}
