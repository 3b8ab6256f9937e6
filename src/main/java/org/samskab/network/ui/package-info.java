/** Network screens: the networks a member belongs to, one network with its organisations and invitations. */
@NullMarked
package org.samskab.network.ui;

import org.jspecify.annotations.NullMarked;
