/**
 * Who is signed in. Spring Security through Vaadin's {@code VaadinSecurityConfigurer}; accounts come from
 * {@code member}. What a member may do in a network is decided by that network's service, not here.
 */
@NullMarked
package org.samskab.security;

import org.jspecify.annotations.NullMarked;
