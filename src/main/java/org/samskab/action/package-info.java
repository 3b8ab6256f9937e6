/**
 * Actions between gatherings (issue 16, docs/adr/0196): what a member will try before the network meets again.
 * Action learning lives on them. An action belongs to a network, may come from a gathering and a note, has an
 * owner and a due date, and ends done, changed or dropped, with what happened. {@link
 * org.samskab.action.ActionService} is the door; it depends on the board engine and gatherings, never the other way.
 */
@NullMarked
package org.samskab.action;

import org.jspecify.annotations.NullMarked;
