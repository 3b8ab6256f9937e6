/**
 * Gatherings: the days a learning network meets (an insight gathering, a pilot gathering, a workshop), with their
 * time and place, facilitators, status and agenda of boards. {@link org.samskab.gathering.GatheringService} is the
 * only door; it checks the member's role in the gathering's network on every call and leaves the boards
 * themselves to the board engine.
 */
@NullMarked
package org.samskab.gathering;

import org.jspecify.annotations.NullMarked;
