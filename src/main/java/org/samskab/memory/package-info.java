/**
 * The network's memory (issue 16, docs/adr/0191): what past gatherings made, read back for members. A closed
 * gathering's harvest is built from the board engine's read model for the member who asks, so it can never show
 * more than the boards would: the publish gate, hidden and private posts and anonymous authors are the engine's
 * rules, and posts kept "for the room only" (docs/adr/0192) are left out here. {@link
 * org.samskab.memory.HarvestService} is the door.
 */
@NullMarked
package org.samskab.memory;

import org.jspecify.annotations.NullMarked;
