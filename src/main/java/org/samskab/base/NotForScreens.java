package org.samskab.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public service operation that only another feature's service (or start-up code) calls, after it has checked
 * who acts: it takes a member's or a network's id on trust. Java needs it public to cross packages; screens must
 * not call it, which the build checks (ArchitectureTest), and the authorization matrix leaves it out for that
 * reason (docs/adr/0204).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotForScreens {
}
