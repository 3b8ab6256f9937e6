package org.samskab.gathering;

import java.util.Locale;

/** Planned, then live while the network is gathered, then closed. A closed gathering can be reopened. */
public enum GatheringStatus {
    PLANNED,
    LIVE,
    CLOSED;

    public String translationKey() {
        return "gathering.status." + name().toLowerCase(Locale.ROOT);
    }
}
