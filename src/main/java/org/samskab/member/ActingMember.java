package org.samskab.member;

/**
 * Who a service call runs for, as the security layer knows it. The member feature asks it in the operations a
 * member does on their own account, so no screen hands it a member id to trust (docs/adr/0204).
 */
public interface ActingMember {

    /** The signed-in member's id; refuses with {@link org.samskab.base.PermissionDeniedException} when nobody is. */
    long id();
}
