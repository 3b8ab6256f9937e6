package org.samskab.memory.ui;

import com.vaadin.flow.component.Component;
import org.samskab.network.NetworkPageSection;
import org.samskab.network.NetworkRole;

/**
 * The network page's "Memory" tab: search what past gatherings made, and their archive. A Spring bean, so the network page finds it
 * without depending on this feature.
 */
@org.springframework.stereotype.Component
class MemorySection implements NetworkPageSection {

    private final org.samskab.memory.ArchiveService archive;

    MemorySection(org.samskab.memory.ArchiveService archive) {
        this.archive = archive;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String titleKey() {
        return "memory.tab";
    }

    @Override
    public Component create(long networkId, NetworkRole myRole) {
        return new MemoryPanel(networkId, archive);
    }
}
