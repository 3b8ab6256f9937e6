package org.samskab.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samskab.Refusals.refused;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.action.ActionService;
import org.samskab.action.ActionStatus;
import org.samskab.action.ActionViews.ActionView;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.ChangeEntry;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.NoteSearch;
import org.samskab.board.NoteService;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The GDPR's data rights: a member downloads their data, and deletes their account; their named posts become
 * anonymous everywhere (board, history, the log's stored states, search), their actions are handed on or dropped,
 * and nothing else of the boards is lost. On MariaDB.
 */
@IntegrationTest
class AccountServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    MemberService members;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    NoteSearch search;
    @Autowired
    ActionService actions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMemberDownloadsTheirDataAndDeletesTheirAccountAndTheBoardsKeepEverythingButTheirName() {
        TestNetwork network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", network.sarpsborg());
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Holm", null);
        long ingridId = members.findByEmail(ingrid).orElseThrow().id();
        long board = fixtures.board(network, true, "Ideas");
        long section = fixtures.as(ingrid, () -> boardReader.open(board)).sections().getFirst().id();
        NoteState named = fixtures.as(ingrid, () -> noteService.addNote(board, section, "Mentoring pairs", null,
                false));
        fixtures.as(ingrid, () -> noteService.editNote(named.id(), named.version(), "Mentoring pairs at home"));
        fixtures.as(ingrid, () -> noteService.addNote(board, section, "Quiet voices", null, true));
        fixtures.as(per, () -> noteService.addNote(board, section, "Job rotation", null, false));
        ActionView given = fixtures.as(per, () -> actions.record(network.id(), null, null, "Visit Halden",
                ingridId, null));
        ActionView own = fixtures.as(ingrid, () -> actions.record(network.id(), null, null, "Write to HR",
                null, null));

        String data = new String(fixtures.as(ingrid, () -> accounts.myData()), StandardCharsets.UTF_8);
        assertThat(data).contains("\"name\" : \"Ingrid Bakke\"", ingrid, network.name(), "Sarpsborg kommune",
                "Mentoring pairs at home", "Visit Halden", "Write to HR").doesNotContain("Quiet voices",
                        "Job rotation");

        refused(() -> fixtures.as(ingrid, () -> accounts.deleteMyAccount("wrong")), "account.wrong-password");
        assertThat(fixtures.as(per, () -> boardReader.open(board)).notes()).extracting(NoteState::authorName)
                .contains("Ingrid Bakke");
        refused(() -> fixtures.as(network.coordinator(), () -> accounts.deleteMyAccount(Fixtures.PASSWORD)),
                "account.last-coordinator");

        fixtures.as(ingrid, () -> accounts.deleteMyAccount(Fixtures.PASSWORD));

        List<NoteState> notes = fixtures.as(per, () -> boardReader.open(board)).notes();
        assertThat(notes).extracting(NoteState::text).containsExactlyInAnyOrder("Mentoring pairs at home",
                "Quiet voices", "Job rotation");
        assertThat(notes).filteredOn(n -> !n.text().equals("Job rotation"))
                .allSatisfy(n -> assertThat(n.authorName()).isNull());
        List<ChangeEntry> history = fixtures.as(network.coordinator(), () -> boardReader.history(board));
        assertThat(history.toString()).doesNotContain("Ingrid Bakke");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM board_change WHERE board_id = ? AND (before_state LIKE ? "
                + "OR after_state LIKE ? OR announced LIKE ?)", Integer.class, board, "%Ingrid Bakke%",
                "%Ingrid Bakke%", "%Ingrid Bakke%")).isZero();
        assertThat(fixtures.as(per, () -> search.search(network.id(), "mentoring", 10)).notes())
                .allSatisfy(hit -> assertThat(hit.authorName()).isNull()).hasSize(1);
        assertThat(members.findByEmail(ingrid)).isEmpty();
        assertThat(members.displayNames(List.of(ingridId))).isEmpty();
        assertThat(fixtures.as(per, () -> actions.mine())).extracting(ActionView::text).containsExactly(
                "Visit Halden");
        assertThat(fixtures.as(network.coordinator(), () -> actions.openIn(network.id()))).extracting(ActionView::id)
                .containsExactly(given.id()).doesNotContain(own.id());
        assertThat(fixtures.as(per, () -> actions.mine()).getFirst().status()).isEqualTo(ActionStatus.OPEN);

        // A name with quotes is stored escaped in the log's JSON, and is taken out all the same.
        String kari = fixtures.member(network, NetworkRole.PARTICIPANT, "Kari \"K\" Vik", null);
        fixtures.as(kari, () -> noteService.addNote(board, section, "Trust first", null, false));
        fixtures.as(kari, () -> accounts.deleteMyAccount(Fixtures.PASSWORD));
        assertThat(
                jdbc.queryForObject("SELECT COUNT(*) FROM board_change WHERE board_id = ? AND (INSTR(after_state, ?) "
                        + "> 0 OR INSTR(announced, ?) > 0)", Integer.class, board, "Kari", "Kari"))
                .isZero();
    }
}
