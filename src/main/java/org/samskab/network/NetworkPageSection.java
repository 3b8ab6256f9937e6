package org.samskab.network;

import com.vaadin.flow.component.Component;

/**
 * A tab of the network page contributed by another feature (the gatherings, later the archive), as a Spring
 * bean. The network feature shows them without depending on the features that provide them.
 */
public interface NetworkPageSection {

    /** Tabs are shown by this order, lowest first; the member list is at 100. */
    int order();

    /** Translation key of the tab's label. */
    String titleKey();

    /** The tab's content for the signed-in member, whose role in the network is {@code myRole}. */
    Component create(long networkId, NetworkRole myRole);
}
