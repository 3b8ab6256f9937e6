/**
 * How Samskab uses its database, whichever it is: settings that every feature relies on, such as a commit being
 * safe once a member has seen it.
 */
@NullMarked
package org.samskab.database;

import org.jspecify.annotations.NullMarked;
