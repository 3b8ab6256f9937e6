package org.samskab.database;

import org.samskab.base.UserFacingException;

/**
 * Refused at once because saving is paused (docs/adr/0208): the database was found gone and has not answered
 * since, so the change is not tried, rather than holding its board's turn for the pool's whole connection time-out.
 * Nothing was changed; the member keeps what they wrote and tries again when the band goes.
 */
public class SavingPausedException extends UserFacingException {

    public SavingPausedException() {
        super("saving.not-saved");
    }
}
