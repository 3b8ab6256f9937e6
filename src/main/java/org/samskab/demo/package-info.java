/** Demo data for the {@code demo} profile: a learning network to try the portal with. Never in production. */
package org.samskab.demo;
