package org.samskab.gathering.ui;

import com.vaadin.flow.component.Component;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkAccess;
import org.samskab.network.NetworkPageSection;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;

/** The network page's first tab: the network's gatherings. A Spring bean, so the network page finds it. */
@org.springframework.stereotype.Component
class GatheringsSection implements NetworkPageSection {

    private final GatheringService gatherings;
    private final NetworkService networks;
    private final NetworkAccess access;

    GatheringsSection(GatheringService gatherings, NetworkService networks, NetworkAccess access) {
        this.gatherings = gatherings;
        this.networks = networks;
        this.access = access;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "gathering.tab";
    }

    @Override
    public Component create(long networkId, NetworkRole myRole) {
        return new GatheringsPanel(networkId, myRole, gatherings, networks, access.currentMemberId());
    }
}
