/** The signed-in member's own page: account settings from {@code member}, memberships from {@code network}. */
@NullMarked
package org.samskab.profile;

import org.jspecify.annotations.NullMarked;
