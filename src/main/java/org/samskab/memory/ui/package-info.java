/** Screens of the network's memory: a closed gathering's harvest. */
@NullMarked
package org.samskab.memory.ui;

import org.jspecify.annotations.NullMarked;
