/** The profile page: the signed-in member's account settings and memberships. */
@NullMarked
package org.samskab.profile.ui;

import org.jspecify.annotations.NullMarked;
