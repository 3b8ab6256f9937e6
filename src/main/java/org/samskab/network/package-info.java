/**
 * Learning networks: their organisations, their members' roles and the invitations that bring people in.
 * {@link org.samskab.network.NetworkService} and {@link org.samskab.network.InvitationService} are the only doors;
 * each call checks the acting member's role in that network.
 */
@NullMarked
package org.samskab.network;

import org.jspecify.annotations.NullMarked;
