package org.samskab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The QR code's SVG, read back the way a phone's camera would: it holds the link, with its quiet zone. */
class QrCodeTest {

    private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

    @Test
    void theSvgScansBackToTheLink() throws Exception {
        String link = "https://samskab.example.org/j/K7QM3XRD";
        String svg = QrCode.svg(link);
        Matcher size = SIZE.matcher(svg);
        assertThat(size.find()).isTrue();
        int modules = Integer.parseInt(size.group(1));
        assertThat(modules).isEqualTo(Integer.parseInt(size.group(2)));

        // Drawn at 8 pixels a module, white where no module is.
        int scale = 8;
        int side = modules * scale;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = MODULE.matcher(svg);
        int dark = 0;
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            assertThat(Math.min(Math.min(x, y), modules - 1 - Math.max(x, y))).as("inside the quiet zone")
                    .isGreaterThanOrEqualTo(4);
            for (int dy = 0; dy < scale; dy++) {
                java.util.Arrays.fill(pixels, (y * scale + dy) * side + x * scale, (y * scale + dy) * side
                        + (x + 1) * scale, 0);
            }
            dark++;
        }
        assertThat(dark).isPositive();
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);
    }
}
