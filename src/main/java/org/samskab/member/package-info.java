/**
 * People with an account: their name, e-mail, language and password. What a person is in a network (role,
 * organisation) belongs to {@code network}.
 */
@NullMarked
package org.samskab.member;

import org.jspecify.annotations.NullMarked;
