/** Screens for actions between gatherings: "My actions", the network's actions tab, and the dialog to record one. */
@NullMarked
package org.samskab.action.ui;

import org.jspecify.annotations.NullMarked;
