package org.samskab.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.samskab.action.ActionService;
import org.samskab.base.InvalidInputException;
import org.samskab.base.Translations;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.RoomService;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.GatheringStatus;
import org.samskab.gathering.GatheringViews.Facilitator;
import org.samskab.gathering.GatheringViews.GatheringDetail;
import org.samskab.memory.HarvestViews.Harvest;
import org.samskab.memory.HarvestViews.HarvestBoard;
import org.samskab.memory.HarvestViews.HarvestNote;
import org.samskab.memory.HarvestViews.HarvestSection;
import org.samskab.memory.HarvestViews.TookPart;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.OrganisationGroup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A closed gathering's harvest (issue 16): what it was, how many took part, and each board as it ended, read
 * through the board engine for the member who asks (docs/adr/0191). The engine leaves out what the member may not
 * see (the publish gate, hidden posts, anonymous authors); this leaves out what is not kept for the network:
 * private posts never revealed and posts kept "for the room only" (docs/adr/0192), and links to them.
 */
@Service
@Transactional(readOnly = true)
public class HarvestService {

    private final GatheringService gatherings;
    private final BoardReader boards;
    private final RoomService rooms;
    private final NetworkService networks;
    private final Translations translations;
    private final ActionService actions;
    private final org.samskab.member.MemberService members;

    HarvestService(GatheringService gatherings, BoardReader boards, RoomService rooms, NetworkService networks,
            Translations translations, ActionService actions, org.samskab.member.MemberService members) {
        this.members = members;
        this.actions = actions;
        this.gatherings = gatherings;
        this.boards = boards;
        this.rooms = rooms;
        this.networks = networks;
        this.translations = translations;
    }

    /**
     * The harvest of a closed gathering, worded in {@code locale}, for any member of its network: its boards are
     * there when the member may read them (published, or they took part or facilitate). "Not found" for another
     * network's gathering or none; a gathering that has not closed has no harvest yet.
     */
    public Harvest harvest(long gatheringId, Locale locale) {
        GatheringDetail gathering = gatherings.detail(gatheringId);
        if (gathering.status() != GatheringStatus.CLOSED) {
            throw new InvalidInputException("harvest.not-closed");
        }
        List<HarvestBoard> harvested = gatherings.agenda(gatheringId).stream()
                .map(board -> board(boards.open(board.id()), locale)).toList();
        return new Harvest(gathering.id(), gathering.networkId(), gathering.networkName(), gathering.title(),
                gathering.kind(), gathering.startsAt(), gathering.endsAt(), gathering.place(), gathering.purpose(),
                gathering.facilitators().stream().map(Facilitator::displayName).toList(), gathering.publishedAt(),
                tookPart(gathering, locale), harvested, actions.ofGathering(gatheringId));
    }

    private TookPart tookPart(GatheringDetail gathering, Locale locale) {
        Set<Long> present = rooms.whoTookPart(gathering.id());
        Map<String, Integer> byOrganisation = new LinkedHashMap<>();
        int without = 0;
        Set<Long> inNetwork = new java.util.HashSet<>();
        for (OrganisationGroup group : networks.membersByOrganisation(gathering.networkId(), locale)) {
            group.members().forEach(m -> inNetwork.add(m.memberId()));
            int here = (int) group.members().stream().filter(m -> present.contains(m.memberId())).count();
            if (group.organisationName() == null) {
                without += here;
            } else if (here > 0) {
                byOrganisation.put(group.organisationName(), here);
            }
        }
        // The rest are guests, or members who have left the network since: only guests are counted as guests.
        int guests = (int) present.stream().filter(id -> !inNetwork.contains(id)).filter(this::isGuest).count();
        return new TookPart(present.size(), byOrganisation, without, guests);
    }

    private boolean isGuest(long memberId) {
        return members.profile(memberId).guest();
    }

    private HarvestBoard board(BoardSnapshot snapshot, Locale locale) {
        List<NoteState> kept = snapshot.notes().stream().filter(n -> !n.roomOnly() && !n.privatePost()).toList();
        Map<Long, NoteState> keptById = kept.stream().collect(Collectors.toMap(NoteState::id, Function.identity()));
        boolean votesShown = kept.stream().anyMatch(n -> n.votes() != null);
        // What the room valued first: dots where a vote was shown, resonance on a wall, else the board's order.
        Comparator<NoteState> order = Comparator.comparingInt((NoteState n) -> n.votes() == null ? 0 : n.votes())
                .reversed().thenComparing(Comparator.comparingInt(NoteState::resonates).reversed())
                .thenComparingDouble(NoteState::position);
        Map<Long, List<NoteState>> bySection = kept.stream().collect(Collectors.groupingBy(NoteState::sectionId));
        List<HarvestSection> sections = snapshot.sections().stream()
                .map(section -> new HarvestSection(section.id(), title(section, locale), guidance(section, locale),
                        bySection.getOrDefault(section.id(), List.of()).stream().sorted(order)
                                .map(n -> note(n, keptById, locale)).toList()))
                .toList();
        return new HarvestBoard(snapshot.board().id(), snapshot.board().title(), snapshot.board().instructions(),
                snapshot.board().kind(), snapshot.board().postsAnonymous(), votesShown, sections);
    }

    private HarvestNote note(NoteState note, Map<Long, NoteState> kept, Locale locale) {
        String opening = note.mirror() == null ? null
                : translations.getTranslation("board.mirror-opening", locale,
                        translations.getTranslation(note.mirror().translationKey(), locale));
        String role = note.authorRole() == null ? null
                : translations.getTranslation(note.authorRole().translationKey(), locale);
        // A link to a post that is not kept would carry its text out: such links are left out with it.
        List<String> leadsTo = note.linksTo().stream().map(kept::get).filter(java.util.Objects::nonNull)
                .map(NoteState::text).toList();
        return new HarvestNote(note.id(), note.text(), note.anonymous() ? null : note.authorName(), note.votes(),
                note.resonates(), opening, role, leadsTo);
    }

    private String title(SectionState section, Locale locale) {
        if (section.title() != null) {
            return section.title();
        }
        return section.stageKey() == null ? ""
                : translations.getTranslation("section." + section.stageKey() + ".title", locale);
    }

    private @Nullable String guidance(SectionState section, Locale locale) {
        if (section.guidance() != null) {
            return section.guidance();
        }
        return section.stageKey() == null ? null
                : translations.getTranslation("section." + section.stageKey() + ".guidance", locale);
    }
}
