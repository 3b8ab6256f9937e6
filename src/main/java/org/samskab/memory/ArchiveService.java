package org.samskab.memory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.samskab.action.ActionViews.ActionView;
import org.samskab.board.RoomService;
import org.samskab.gathering.GatheringKind;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.GatheringStatus;
import org.samskab.gathering.GatheringViews.Facilitator;
import org.samskab.gathering.GatheringViews.GatheringDetail;
import org.samskab.gathering.GatheringViews.GatheringSummary;
import org.samskab.memory.HarvestViews.Harvest;
import org.samskab.memory.HarvestViews.HarvestNote;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.OrganisationGroup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's archive (issue 16): its closed gatherings, newest first, with what to filter them by (year, kind,
 * facilitator, the organisations that took part) and, for those shown, their top ideas and actions at a glance,
 * read from their harvests (so every rule of the boards holds, ADR 0191).
 */
@Service
@Transactional(readOnly = true)
public class ArchiveService {

    /** How many ideas and actions a gathering shows at a glance. */
    static final int AT_A_GLANCE = 3;

    private final GatheringService gatherings;
    private final RoomService rooms;
    private final NetworkService networks;
    private final HarvestService harvests;

    ArchiveService(GatheringService gatherings, RoomService rooms, NetworkService networks,
            HarvestService harvests) {
        this.gatherings = gatherings;
        this.rooms = rooms;
        this.networks = networks;
        this.harvests = harvests;
    }

    /** A closed gathering as the archive lists and filters it. */
    public record ArchiveEntry(long gatheringId, String title, GatheringKind kind, Instant startsAt, int year,
            List<String> facilitators, Set<String> organisations, @Nullable Instant publishedAt) {
    }

    /** A gathering at a glance: its best ideas (by dots, then resonance) and the first actions agreed. */
    public record Glance(List<String> topIdeas, List<String> actions) {
    }

    /** The network's closed gatherings, newest first; "not found" for a network the member is not in. */
    public List<ArchiveEntry> entries(long networkId, Locale locale) {
        List<OrganisationGroup> organisations = networks.membersByOrganisation(networkId, locale);
        List<ArchiveEntry> entries = new ArrayList<>();
        for (GatheringSummary summary : gatherings.list(networkId).past()) {
            if (summary.status() != GatheringStatus.CLOSED) {
                continue;
            }
            GatheringDetail detail = gatherings.detail(summary.id());
            Set<Long> present = rooms.whoTookPart(summary.id());
            Set<String> from = new TreeSet<>();
            for (OrganisationGroup group : organisations) {
                if (group.organisationName() != null
                        && group.members().stream().anyMatch(m -> present.contains(m.memberId()))) {
                    from.add(group.organisationName());
                }
            }
            entries.add(new ArchiveEntry(summary.id(), summary.title(), summary.kind(), summary.startsAt(),
                    summary.startsAt().atZone(ZoneId.systemDefault()).getYear(),
                    detail.facilitators().stream().map(Facilitator::displayName).toList(), from,
                    summary.publishedAt()));
        }
        return entries;
    }

    /** The gathering's top ideas and actions, as its harvest shows them to the member. */
    public Glance glance(long gatheringId, Locale locale) {
        Harvest harvest = harvests.harvest(gatheringId, locale);
        List<HarvestNote> notes = harvest.boards().stream().flatMap(b -> b.sections().stream())
                .flatMap(s -> s.notes().stream())
                .sorted(Comparator.comparingInt((HarvestNote n) -> n.votes() == null ? 0 : n.votes()).reversed()
                        .thenComparing(Comparator.comparingInt(HarvestNote::resonates).reversed()))
                .limit(AT_A_GLANCE).toList();
        return new Glance(notes.stream().map(HarvestNote::text).toList(),
                harvest.actions().stream().limit(AT_A_GLANCE).map(ActionView::text).toList());
    }
}
