package org.samskab.network;

/** A member's role in one network. A person may hold different roles in different networks. */
public enum NetworkRole {
    /** Co-creates on boards and browses what the network has produced. */
    PARTICIPANT,
    /** Also prepares and runs gatherings. */
    FACILITATOR,
    /** Also runs the network: organisations, members, invitations. */
    COORDINATOR;

    /** Facilitators and coordinators run gatherings and moderate boards. */
    public boolean canFacilitate() {
        return this == FACILITATOR || this == COORDINATOR;
    }

    public String translationKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
