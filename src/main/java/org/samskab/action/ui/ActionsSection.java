package org.samskab.action.ui;

import com.vaadin.flow.component.Component;
import org.samskab.action.ActionService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkAccess;
import org.samskab.network.NetworkPageSection;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;

/** The network page's "Actions" tab: the network's open actions, and following them up at a gathering. */
@org.springframework.stereotype.Component
class ActionsSection implements NetworkPageSection {

    private final ActionService actions;
    private final GatheringService gatherings;
    private final NetworkService networks;
    private final NetworkAccess access;

    ActionsSection(ActionService actions, GatheringService gatherings, NetworkService networks,
            NetworkAccess access) {
        this.actions = actions;
        this.gatherings = gatherings;
        this.networks = networks;
        this.access = access;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String titleKey() {
        return "action.tab";
    }

    @Override
    public Component create(long networkId, NetworkRole myRole) {
        return new ActionsPanel(networkId, myRole, actions, gatherings, networks, access.currentMemberId());
    }
}
