/**
 * What every feature shares and nothing else: the supported languages, the translations, and the exceptions a
 * service throws to tell a user, in their own language, why nothing changed.
 */
package org.samskab.base;
