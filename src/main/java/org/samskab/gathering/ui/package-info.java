/** Gathering screens: the list of a network's gatherings, one gathering with its agenda, and agenda templates. */
@NullMarked
package org.samskab.gathering.ui;

import org.jspecify.annotations.NullMarked;
