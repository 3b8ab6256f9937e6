/**
 * The shared frame every view sits in: the main layout (menu built from {@code @Menu} annotations, so it
 * imports no feature), the language a page is shown in, and how a refused action is told to the user.
 */
@NullMarked
package org.samskab.ui;

import org.jspecify.annotations.NullMarked;
