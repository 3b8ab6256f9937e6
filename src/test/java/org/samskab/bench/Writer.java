package org.samskab.bench;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** A user who types a text into the target's form and presses its button, through the UI protocol. */
final class Writer {

    private final VaadinClient client;
    private final int field;
    private final int button;

    Writer(VaadinClient client, Target target) throws java.io.IOException, InterruptedException {
        this.client = client;
        String opened = "";
        if (target.openerClass() != null) {
            int opener = client.findNode("vaadin-button", target.openerClass());
            if (opener < 0) {
                throw new IllegalStateException("No '" + target.openerClass() + "' button on " + target.name());
            }
            String body = client.rpc(List.of(VaadinClient.click(opener))).body();
            // What the opener's answer held, for the error below (the harness's one unexplained failure).
            opened = " (the opener's answer: " + body.length() + " characters, "
                    + (body.contains(target.formClass()) ? "with" : "without") + " the form"
                    + (body.contains("resynchronize") ? ", asks to resynchronize" : "") + ", begins "
                    + body.substring(0, Math.min(160, body.length())) + ")";
        }
        int form = client.findNode("div", target.formClass());
        field = client.findChild(form, target.fieldTag());
        button = client.findChildWithText(form, "vaadin-button", target.buttonText());
        if (form < 0 || field < 0 || button < 0) {
            throw new IllegalStateException("No form '" + target.formClass() + "' with a " + target.fieldTag()
                    + " and a '" + target.buttonText() + "' button on " + target.name() + opened);
        }
    }

    /** Fills the field and clicks; returns the server's answer. */
    VaadinClient.RpcResult write(String text) throws java.io.IOException, InterruptedException {
        List<ObjectNode> rpc = new ArrayList<>(VaadinClient.typeInto(field, text));
        rpc.add(VaadinClient.click(button));
        return client.rpc(rpc);
    }
}
