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
        if (target.openerClass() != null) {
            int opener = client.findNode("vaadin-button", target.openerClass());
            if (opener < 0) {
                throw new IllegalStateException("No '" + target.openerClass() + "' button on " + target.name());
            }
            client.rpc(List.of(VaadinClient.click(opener)));
        }
        int form = client.findNode("div", target.formClass());
        field = client.findChild(form, target.fieldTag());
        button = client.findChildWithText(form, "vaadin-button", target.buttonText());
        if (form < 0 || field < 0 || button < 0) {
            throw new IllegalStateException("No form '" + target.formClass() + "' with a " + target.fieldTag()
                    + " and a '" + target.buttonText() + "' button on " + target.name());
        }
    }

    /** Fills the field and clicks; returns the server's answer. */
    VaadinClient.RpcResult write(String text) throws java.io.IOException, InterruptedException {
        List<ObjectNode> rpc = new ArrayList<>(VaadinClient.typeInto(field, text));
        rpc.add(VaadinClient.click(button));
        return client.rpc(rpc);
    }
}
