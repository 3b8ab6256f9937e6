package org.samskab.base;

/** The member may see the item but their role in its network does not allow this action. */
public class PermissionDeniedException extends UserFacingException {

    public PermissionDeniedException() {
        super("error.permission-denied");
    }
}
