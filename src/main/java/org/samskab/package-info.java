/** The application: its Spring Boot entry point and the app shell every page shares. */
@NullMarked
package org.samskab;

import org.jspecify.annotations.NullMarked;
