/**
 * What every feature shares and nothing else: the supported languages (and the one a screen speaks), the
 * translations, and the exceptions a service throws to tell a user, in their own language, why nothing changed.
 */
@NullMarked
package org.samskab.base;

import org.jspecify.annotations.NullMarked;
