/** Demo data for the {@code demo} profile: a learning network to try the portal with. Never in production. */
@NullMarked
package org.samskab.demo;

import org.jspecify.annotations.NullMarked;
