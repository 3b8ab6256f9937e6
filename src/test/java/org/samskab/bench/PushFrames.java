package org.samskab.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Atmosphere's tracked-size stream ({@code X-Atmosphere-TrackMessageSize=true}) into messages: each is
 * {@code <length>|<message>}, the length in UTF-16 units, and a message may span WebSocket frames or share one.
 */
final class PushFrames {

    private final StringBuilder buffer = new StringBuilder();

    /** Adds received text and returns the messages it completed, in order. */
    synchronized List<String> add(CharSequence data) {
        buffer.append(data);
        List<String> messages = new ArrayList<>();
        int start = 0;
        while (true) {
            int bar = buffer.indexOf("|", start);
            if (bar < 0) {
                break;
            }
            int length;
            try {
                length = Integer.parseInt(buffer, start, bar, 10);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("Not a length-prefixed push stream: "
                        + buffer.substring(start, Math.min(buffer.length(), start + 80)));
            }
            if (buffer.length() < bar + 1 + length) {
                break;
            }
            messages.add(buffer.substring(bar + 1, bar + 1 + length));
            start = bar + 1 + length;
        }
        buffer.delete(0, start);
        return messages;
    }
}
