package org.samskab.board;

import java.util.List;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.network.NetworkRole;

/**
 * A network with a board and the people around it: the coordinator (who made the board), a facilitator, and two
 * participants, Pia and Per.
 */
record Room(TestNetwork network, long boardId, List<Long> sections, String coordinator, String facilitator,
        String pia, String per) {

    static final String PIA = "Pia Participant";
    static final String PER = "Per Participant";
    static final String FACILITATOR = "Frida Facilitator";

    static Room create(Fixtures fixtures, BoardReader boards, boolean allowAnonymous, String... sectionTitles) {
        TestNetwork network = fixtures.network();
        long boardId = fixtures.board(network, allowAnonymous, sectionTitles);
        String facilitator = fixtures.member(network, NetworkRole.FACILITATOR, FACILITATOR, network.sarpsborg());
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, PIA, network.fredrikstad());
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, PER, network.sarpsborg());
        List<Long> sections = fixtures.as(pia, () -> boards.open(boardId)).sections().stream()
                .map(SectionState::id).toList();
        return new Room(network, boardId, sections, network.coordinator(), facilitator, pia, per);
    }

    long first() {
        return sections.getFirst();
    }

    long second() {
        return sections.get(1);
    }

    /** The ids of the notes in a section, in the order open() gives them. */
    static List<Long> order(BoardSnapshot snapshot, long sectionId) {
        return snapshot.notes().stream().filter(n -> n.sectionId() == sectionId).map(NoteState::id).toList();
    }

    static NoteState note(BoardSnapshot snapshot, long noteId) {
        return snapshot.notes().stream().filter(n -> n.id() == noteId).findFirst()
                .orElseThrow(() -> new AssertionError("note " + noteId + " is not on the board"));
    }
}
