package org.samskab.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.html.Image;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A QR code for a link, drawn on the server: ZXing encodes it, and this writes the modules as one SVG path (sharp
 * at any size, on a projector as on a laptop), dark on white with the quiet zone scanners need, whatever the page's
 * colour scheme. The image's text alternative says where the code leads.
 */
public class QrCode extends Image {

    public QrCode(String link, String alternative) {
        super("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(link)
                .getBytes(StandardCharsets.UTF_8)), alternative);
        addClassName("qr-code");
    }

    /** The code as SVG: one square unit per module, four modules of white around it. */
    static String svg(String link) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + link.length() + " characters", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                + "fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
