package org.samskab.gathering;

import java.util.Locale;

/** What kind of gathering it is; it sets expectations, not rules. */
public enum GatheringKind {
    INSIGHT_GATHERING,
    PILOT_GATHERING,
    WORKSHOP,
    LEARNING_CAFE,
    CAMP,
    NETWORK_AND_EVALUATION_DAY,
    OTHER;

    public String translationKey() {
        return "gathering.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
