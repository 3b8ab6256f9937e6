package org.samskab.bench;

import java.net.URI;
import java.util.function.IntFunction;

/**
 * What a benchmark drives: the address, the route every virtual user opens, how user {@code i} signs in (null:
 * no sign-in), and the form a writer fills (a field and a button inside the element with {@code formClass}, shown
 * by clicking the button with {@code openerClass} first, unless that is null).
 */
record Target(String name, URI base, String route, IntFunction<String> email, String password, String openerClass,
        String formClass, String fieldTag, String buttonText) {

    static Target samskab(URI base, long boardId, java.util.List<String> members, String password) {
        return samskab(Report.SAMSKAB, base, boardId, members, password);
    }

    /** Samskab under a name of its own (which database it runs on). */
    static Target samskab(String name, URI base, long boardId, java.util.List<String> members, String password) {
        // A section's form opens with its "Add a note" button, as a member opens it.
        return new Target(name, base, "boards/" + boardId, members::get, password, "open-composer",
                "new-note-form", "vaadin-text-area", "Add note");
    }

    static Target floor(URI base, String name) {
        return new Target(name, base, "", null, null, null, "send-form", "vaadin-text-field", "Send");
    }

    /** A signed-in (if the target has accounts) client with the route open. */
    VaadinClient.RpcResult openAs(VaadinClient client, int user) throws Exception {
        if (email != null) {
            client.signIn(email.apply(user), password);
        }
        return client.open(route);
    }
}
