package org.samskab.board;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.TextRules;
import org.samskab.base.Translations;
import org.samskab.board.BoardBlueprint.SectionBlueprint;
import org.samskab.board.BoardRules.Actor;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkAccess;
import org.samskab.network.NetworkRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board itself, on a gathering's agenda: creating one (also from a template's blueprint), its settings, its
 * place on the agenda, taking it off, and closing it with its gathering. Opening a board and its history are
 * {@link BoardReader}'s; what happens on a board belongs to the services named after it ({@link NoteService},
 * {@link SectionService}, {@link VotingService}, {@link WallService}, {@link FacilitationService}).
 * <p>
 * Every change runs in READ COMMITTED (docs/adr/0003): under MariaDB's default REPEATABLE READ, a transaction
 * that read anything before it got the board's lock keeps reading that older snapshot after it. A change through
 * the pipeline opens its own transaction after its turn on the board (docs/adr/0162).
 */
@Service
public class BoardService {

    private final BoardRepository boards;
    private final SectionRepository sections;
    private final ChangePipeline pipeline;
    private final BoardStates states;
    private final SectionService sectionService;
    private final FacilitationService facilitation;
    private final NetworkAccess access;
    private final MemberService members;
    private final Translations translations;
    private final Clock clock;
    private final PublishGate gate;

    BoardService(BoardRepository boards, SectionRepository sections, ChangePipeline pipeline, BoardStates states,
            SectionService sectionService, FacilitationService facilitation, NetworkAccess access,
            MemberService members, Translations translations, Clock clock, PublishGate gate) {
        this.gate = gate;
        this.boards = boards;
        this.sections = sections;
        this.pipeline = pipeline;
        this.states = states;
        this.sectionService = sectionService;
        this.facilitation = facilitation;
        this.access = access;
        this.members = members;
        this.translations = translations;
        this.clock = clock;
    }

    /** Facilitators and coordinators create a board, with its first sections, on a gathering's agenda. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public BoardSummary createBoard(long networkId, @Nullable Long gatheringId, BoardKind kind, String title,
            @Nullable String instructions, boolean allowAnonymous, List<String> sectionTitles) {
        return createBoard(networkId, gatheringId, kind, title, instructions, allowAnonymous, false, sectionTitles);
    }

    /**
     * Like {@link #createBoard(long, Long, BoardKind, String, String, boolean, List)}, and with
     * {@code postsAnonymous} every post is stored anonymous (a reflection wall's choice). Without section titles,
     * the board gets its kind's default sections, in the creator's language.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public BoardSummary createBoard(long networkId, @Nullable Long gatheringId, BoardKind kind, String title,
            @Nullable String instructions, boolean allowAnonymous, boolean postsAnonymous, List<String> sectionTitles) {
        access.requireRoleIn(networkId, NetworkRole.FACILITATOR, NetworkRole.COORDINATOR);
        String cleanTitle = TextRules.requiredText(title, TextRules.TITLE_MAX, "field.title");
        String cleanInstructions = TextRules.optionalMultilineText(instructions, TextRules.DESCRIPTION_MAX,
                "field.instructions");
        if (kind == null) {
            throw new InvalidInputException("validation.required", new TextRules.TranslatedArgument("field.kind"));
        }
        if (postsAnonymous && kind.offersAnonymousChoice()) {
            // Anonymity for every post is the choice of a kind that does not leave it to each member.
            throw new InvalidInputException("wall.only-on-walls");
        }
        List<KindDefaults.BuiltInSection> builtIn = KindDefaults.sections(kind);
        if (builtIn.isEmpty() && (sectionTitles == null || sectionTitles.isEmpty())) {
            sectionTitles = defaultSectionTitles(kind);
        }
        int position = gatheringId == null ? 0 : boards.findAgenda(gatheringId).size();
        Instant now = Instant.now(clock);
        Board board = boards.saveAndFlush(new Board(networkId, gatheringId, kind, cleanTitle, cleanInstructions,
                position, allowAnonymous, now));
        board.setPostsAnonymous(postsAnonymous);
        double sectionPosition = 1;
        List<SectionState> created = new ArrayList<>();
        // Kinds with built-in stages or steps get those; the given titles are for kinds members shape themselves.
        for (KindDefaults.BuiltInSection stage : builtIn) {
            created.add(BoardStates.section(sections.saveAndFlush(new BoardSection(board.getId(), stage.key(),
                    stage.durationSeconds(), sectionPosition++, now))));
        }
        for (String sectionTitle : builtIn.isEmpty() ? sectionTitles : List.<String>of()) {
            created.add(BoardStates.section(sections.saveAndFlush(new BoardSection(board.getId(),
                    TextRules.requiredText(sectionTitle, TextRules.TITLE_MAX, kind.sectionFieldKey()),
                    sectionPosition++, now))));
        }
        pipeline.created(board, states.board(board), created);
        return BoardStates.summary(board);
    }

    /** The sections a new board of a kind starts with, in the signed-in member's language. */
    private List<String> defaultSectionTitles(BoardKind kind) {
        var language = members.profile(access.currentMemberId()).language();
        return KindDefaults.defaultSectionTitleKeys(kind).stream().map(key -> translations.translate(language, key))
                .toList();
    }

    /**
     * A board's configuration, for a facilitator to save as a template: kind, title, instructions, anonymity,
     * sections with guidance and timing, and the current section. Never its notes, so no one's post (and no
     * anonymous author) travels with a template.
     */
    @Transactional(readOnly = true)
    public BoardBlueprint blueprint(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        Actor actor = pipeline.actor(boardId);
        board.rules().require(board.rules().readFacilitatorsView(actor));
        List<BoardSection> active = sections.findActive(boardId);
        List<SectionBlueprint> list = new ArrayList<>();
        Integer focus = null;
        for (int i = 0; i < active.size(); i++) {
            BoardSection section = active.get(i);
            if (section.getId().equals(board.getFocusSectionId())) {
                focus = i;
            }
            list.add(new SectionBlueprint(section.getTitle(), section.getStageKey(), section.getGuidance(),
                    section.getDurationSeconds()));
        }
        return new BoardBlueprint(board.getKind(), board.getTitle(), board.getInstructions(),
                board.isAllowAnonymous(), board.isPostsAnonymous(), list, focus);
    }

    /**
     * Creates a board from a blueprint by the same path as any new board (same checks, {@code BOARD_CREATED}),
     * then gives its sections the blueprint's titles, guidance and timings and sets its current section, each as
     * the logged change a facilitator would make. Built-in stages and steps are matched by key; a blueprint
     * section without a match is left out. One transaction: a template's board appears whole or not at all.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public BoardSummary createBoard(long networkId, @Nullable Long gatheringId, BoardBlueprint blueprint) {
        if (blueprint == null || blueprint.kind() == null) {
            throw new InvalidInputException("validation.required", new TextRules.TranslatedArgument("field.kind"));
        }
        boolean builtIn = blueprint.kind().hasBuiltInSections();
        List<String> titles = builtIn ? List.of()
                : blueprint.sections().stream().map(SectionBlueprint::title).toList();
        BoardSummary created = createBoard(networkId, gatheringId, blueprint.kind(), blueprint.title(),
                blueprint.instructions(), blueprint.allowAnonymous(), blueprint.postsAnonymous(), titles);
        List<BoardSection> made = sections.findActive(created.id());
        List<@Nullable Long> madeIds = new ArrayList<>();
        for (int i = 0; i < blueprint.sections().size(); i++) {
            SectionBlueprint wanted = blueprint.sections().get(i);
            int index = i;
            BoardSection section = builtIn
                    ? made.stream().filter(s -> java.util.Objects.equals(s.getStageKey(), wanted.stageKey()))
                            .findFirst().orElse(null)
                    : index < made.size() ? made.get(index) : null;
            madeIds.add(section == null ? null : section.getId());
            if (section == null) {
                continue;
            }
            if (builtIn && wanted.title() != null) {
                sectionService.renameSection(section.getId(), wanted.title());
            }
            if (wanted.guidance() != null
                    || !java.util.Objects.equals(wanted.durationSeconds(), section.getDurationSeconds())) {
                sectionService.updateGuidance(section.getId(), wanted.guidance(),
                        wanted.durationSeconds() == null ? null : Math.max(1, wanted.durationSeconds() / 60));
            }
        }
        Integer focus = blueprint.focusIndex();
        Long focusId = focus != null && focus >= 0 && focus < madeIds.size() ? madeIds.get(focus) : null;
        if (focusId != null) {
            facilitation.setFocus(created.id(), focusId);
        }
        return summary(created.id());
    }

    @Transactional(readOnly = true)
    public List<BoardSummary> agenda(long networkId, long gatheringId) {
        boolean facilitator = access.roleIn(networkId).canFacilitate();
        Actor actor = new Actor(access.currentMemberId(), facilitator, null);
        // Withheld boards are all of the agenda or none of it: the gate is asked once.
        Boolean mayReadWithheld = null;
        List<BoardSummary> agenda = new ArrayList<>();
        for (Board board : boards.findAgenda(gatheringId)) {
            if (board.getNetworkId() != networkId) {
                continue;
            }
            if (board.isWithheld()) {
                if (mayReadWithheld == null) {
                    mayReadWithheld = gate.mayRead(board, actor);
                }
                if (!mayReadWithheld) {
                    continue;
                }
            }
            agenda.add(BoardStates.summary(board));
        }
        return agenda;
    }

    /**
     * Whether the member may read the gathering's boards now (the publish gate, docs/adr/0191): its agenda's boards
     * are withheld together, so any one of them decides; a gathering without boards withholds nothing.
     */
    @Transactional(readOnly = true)
    public boolean mayReadAgenda(long networkId, long gatheringId) {
        Actor actor = new Actor(access.currentMemberId(), access.roleIn(networkId).canFacilitate(), null);
        return boards.findAgenda(gatheringId).stream().filter(b -> b.getNetworkId() == networkId).findFirst()
                .map(board -> gate.mayRead(board, actor)).orElse(true);
    }

    @Transactional(readOnly = true)
    public BoardSummary summary(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        access.roleIn(board.getNetworkId());
        return BoardStates.summary(board);
    }

    public BoardSummary updateBoard(long boardId, String title, String instructions, boolean allowAnonymous) {
        return pipeline.onBoard(boardId, ChangeAction.BOARD_UPDATED, change -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            BoardState before = states.board(board);
            board.setTitle(TextRules.requiredText(title, TextRules.TITLE_MAX, "field.title"));
            board.setInstructions(TextRules.optionalMultilineText(instructions, TextRules.DESCRIPTION_MAX,
                    "field.instructions"));
            board.setAllowAnonymous(allowAnonymous);
            change.revision();
            BoardState after = states.board(board);
            change.log(null, null, before, after).announceBoard(after);
            return BoardStates.summary(board);
        });
    }

    /** Moves a board to a new place on its gathering's agenda (0 is first). */
    public void moveOnAgenda(long boardId, int newIndex) {
        pipeline.onBoard(boardId, ChangeAction.BOARD_MOVED, change -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            Long gatheringId = board.getGatheringId();
            if (gatheringId == null) {
                return change.unchanged(board);
            }
            List<Board> agenda = new ArrayList<>(boards.findAgenda(gatheringId));
            agenda.removeIf(b -> b.getId().equals(board.getId()));
            agenda.add(Math.max(0, Math.min(newIndex, agenda.size())), board);
            for (int i = 0; i < agenda.size(); i++) {
                agenda.get(i).setPosition(i);
            }
            change.log(null, null, null, Map.of("position", newIndex));
            return board;
        });
    }

    /** Takes a board off the agenda. It stays in the database, with its history. */
    public void removeBoard(long boardId) {
        pipeline.onBoard(boardId, ChangeAction.BOARD_REMOVED, change -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            board.remove(change.now());
            change.revision();
            change.log(null, null, states.board(board), null);
            Long gatheringId = board.getGatheringId();
            if (gatheringId != null) {
                List<Board> agenda = boards.findAgenda(gatheringId);
                for (int i = 0; i < agenda.size(); i++) {
                    agenda.get(i).setPosition(i);
                }
            }
            return board;
        });
    }

    /**
     * Makes every board on a gathering's agenda read-only ({@code closed}) or writable again, as its gathering
     * closes or reopens, in the gathering's transaction; each board logs it and open screens switch at once.
     * Closing is the gathering's rule (facilitators and coordinators), so the boards' own rules are not asked:
     * a read-only board refuses everything else. A closed gathering that is not published yet has its boards
     * {@code withheld} (the publish gate, docs/adr/0191); a reopened one is every member's again.
     */
    @org.samskab.base.NotForScreens
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void closeAgenda(long networkId, long gatheringId, boolean closed, boolean withheld) {
        boolean withholds = closed && withheld;
        onAgenda(networkId, gatheringId, closed ? ChangeAction.BOARD_CLOSED : ChangeAction.BOARD_REOPENED,
                board -> board.isReadOnly() == closed && board.isWithheld() == withholds, board -> {
                    board.setReadOnly(closed);
                    board.setWithheld(withholds);
                });
    }

    /** Lets every member of the network read a closed gathering's boards: its facilitators published it. */
    @org.samskab.base.NotForScreens
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void publishAgenda(long networkId, long gatheringId) {
        onAgenda(networkId, gatheringId, ChangeAction.BOARD_PUBLISHED, board -> !board.isWithheld(),
                board -> board.setWithheld(false));
    }

    private void onAgenda(long networkId, long gatheringId, ChangeAction action,
            java.util.function.Predicate<Board> unchanged, java.util.function.Consumer<Board> apply) {
        access.requireRoleIn(networkId, NetworkRole.FACILITATOR, NetworkRole.COORDINATOR);
        for (Board listed : boards.findAgenda(gatheringId)) {
            if (listed.getNetworkId() != networkId) {
                continue;
            }
            pipeline.onBoard(listed.getId(), action, change -> {
                Board board = change.board();
                change.require(null); // checked above, for the whole agenda
                if (unchanged.test(board)) {
                    return change.unchanged(board);
                }
                BoardState before = states.board(board);
                apply.accept(board);
                change.revision();
                BoardState after = states.board(board);
                change.log(null, null, before, after).announceBoard(after);
                return board;
            });
        }
    }
}
