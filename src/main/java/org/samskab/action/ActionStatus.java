package org.samskab.action;

import java.util.Locale;

/** Open until its owner says how it went: done, changed (tried differently) or dropped. */
public enum ActionStatus {
    OPEN,
    DONE,
    CHANGED,
    DROPPED;

    public String translationKey() {
        return "action.status." + name().toLowerCase(Locale.ROOT);
    }
}
