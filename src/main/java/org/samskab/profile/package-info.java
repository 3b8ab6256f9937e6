/** The signed-in member's own page: account settings from {@code member}, memberships from {@code network}. */
package org.samskab.profile;
