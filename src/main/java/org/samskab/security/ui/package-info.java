/** The sign-in page. */
@NullMarked
package org.samskab.security.ui;

import org.jspecify.annotations.NullMarked;
