package org.samskab.memory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.BiFunction;
import org.samskab.memory.HarvestExports;
import org.samskab.memory.HarvestExports.Export;

/**
 * The harvest as a file: PDF, Markdown or CSV. Each link downloads what the harvest page shows this member; the
 * file is made by the download's own request, outside the page's session lock, so nobody waits for it, and the
 * page says while it is being made and when it is ready.
 */
class HarvestDownloads extends Div {

    private final Span status = new Span();
    private final ProgressBar working = new ProgressBar();

    HarvestDownloads(HarvestExports exports, long gatheringId) {
        addClassNames("harvest-downloads", "harvest-no-print");
        Span label = new Span(getTranslation("harvest.download"));
        label.addClassName("harvest-downloads-label");
        Locale locale = getLocale();
        add(label, link(exports::pdf, gatheringId, locale, "pdf"), link(exports::markdown, gatheringId, locale,
                "markdown"), link(exports::csv, gatheringId, locale, "csv"));
        working.setIndeterminate(true);
        working.setVisible(false);
        working.addClassName("harvest-working");
        working.getElement().setAttribute("aria-label", getTranslation("harvest.download"));
        status.addClassName("harvest-download-status");
        status.getElement().setAttribute("role", "status");
        add(working, status);
    }

    private Anchor link(BiFunction<Long, Locale, Export> make, long gatheringId, Locale locale, String format) {
        String name = getTranslation("harvest." + format);
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            Export export = make.apply(gatheringId, locale);
            return new DownloadResponse(new ByteArrayInputStream(export.content()), export.fileName(),
                    export.mimeType(), export.content().length);
        }).whenComplete(done -> {
            working.setVisible(false);
            status.setText(getTranslation(done ? "harvest.ready" : "harvest.export-failed", name));
        });
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, name);
        link.addClassNames("harvest-download", "harvest-download-" + format);
        link.getElement().setAttribute("aria-label", getTranslation("harvest." + format + "-label"));
        link.getElement().addEventListener("click", e -> {
            working.setVisible(true);
            status.setText(getTranslation("harvest.preparing", name));
        });
        return link;
    }
}
