package org.samskab.base;

/**
 * The item does not exist, or it belongs to a network the member is not in. The two are deliberately
 * indistinguishable, so that an id guessed into a URL tells nothing.
 */
public class ItemNotFoundException extends UserFacingException {

    public ItemNotFoundException() {
        super("error.not-found");
    }
}
