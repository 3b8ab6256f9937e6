package org.samskab.board.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.ChangeEntry;
import org.samskab.board.BoardViews.HiddenPost;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.BoardViews.WallStatus;
import org.samskab.board.FacilitationService;
import org.samskab.board.GroupRole;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteMirror;
import org.samskab.board.NoteService;
import org.samskab.board.PhaseService;
import org.samskab.board.RoomService;
import org.samskab.board.SectionService;
import org.samskab.board.VotingService;
import org.samskab.board.WallService;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.MemberEntry;
import org.samskab.ui.UserMessages;
import org.springframework.stereotype.Component;

/**
 * Every call the board screen makes to the board engine's services, and what a refusal does: the member reads it
 * translated ({@link UserMessages}), or the form that asked shows it. The one class of the screen that knows the
 * services, so splitting them changes this file only. A change the service returns is applied at once, the way a
 * live change would be ({@link BoardLiveBinding}); the live layer's copy of it then changes nothing.
 */
final class BoardServiceCalls implements BoardActions {

    /** The engine's limits, for the dialogs' fields. */
    static final int MAX_DOTS = VotingService.MAX_DOTS;
    static final int GUIDANCE_MAX = SectionService.GUIDANCE_MAX;
    static final int MAX_TIMER_MINUTES = FacilitationService.MAX_TIMER_MINUTES;
    static final int HIDE_REASON_MAX = WallService.HIDE_REASON_MAX;

    /**
     * The services the screen calls, injected into the view as one bean, so that the view does not name them
     * either.
     */
    @Component
    record Services(BoardReader boardReader, NoteService noteService, SectionService sectionService,
            VotingService votingService, WallService wallService, FacilitationService facilitationService,
            PhaseService phaseService, RoomService roomService, NetworkService networks) {
    }

    private final BoardReader boardReader;
    private final NoteService noteService;
    private final SectionService sectionService;
    private final VotingService votingService;
    private final WallService wallService;
    private final FacilitationService facilitationService;
    private final PhaseService phaseService;
    private final RoomService roomService;
    private final NetworkService networks;
    private final BoardView view;
    private final BoardScreenModel model;
    private final BoardLiveBinding live;

    BoardServiceCalls(Services services, BoardView view, BoardScreenModel model, BoardLiveBinding live) {
        this.boardReader = services.boardReader();
        this.noteService = services.noteService();
        this.sectionService = services.sectionService();
        this.votingService = services.votingService();
        this.wallService = services.wallService();
        this.facilitationService = services.facilitationService();
        this.phaseService = services.phaseService();
        this.roomService = services.roomService();
        this.networks = services.networks();
        this.view = view;
        this.model = model;
        this.live = live;
    }

    /**
     * Runs a call; a refusal is shown to the member, and when it says the screen is behind the board (a stale tab),
     * the board is drawn again as it is now.
     */
    private void call(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException refusal) {
            if (!org.samskab.board.BoardRules.saysTheScreenIsBehind(refusal)) {
                UserMessages.showError(view, refusal);
                return;
            }
            // "Not found" names a page; here it is a note or section someone else took away meanwhile.
            UserMessages.showError(view, refusal instanceof org.samskab.base.ItemNotFoundException
                    ? new org.samskab.base.InvalidInputException("board.behind") : refusal);
            view.showAsItIsNow();
        }
    }

    /** Runs a call and says whether it went through; a refusal is shown to the member. */
    private boolean tried(Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserFacingException refusal) {
            UserMessages.showError(view, refusal);
            return false;
        }
    }

    private <T> @Nullable T read(Supplier<T> query) {
        try {
            return query.get();
        } catch (UserFacingException refusal) {
            UserMessages.showError(view, refusal);
            return null;
        }
    }

    private long boardId() {
        return model.boardId();
    }

    // ---------------------------------------------------------------- reading

    /** The board for this member; throws {@link org.samskab.base.ItemNotFoundException} when they may not see it. */
    BoardSnapshot open(long boardId) {
        return boardReader.open(boardId);
    }

    /** The change log, or null when refused (the refusal is shown). */
    @Nullable
    List<ChangeEntry> history() {
        return read(() -> boardReader.history(boardId()));
    }

    /** A wall's facilitators' counts, or null when refused (they stay as they were). */
    @Nullable
    WallStatus wallStatus() {
        try {
            return wallService.wallStatus(boardId());
        } catch (UserFacingException notAFacilitatorAnyMore) {
            return null;
        }
    }

    List<HiddenPost> hiddenPosts() {
        List<HiddenPost> posts = read(() -> wallService.hiddenPosts(boardId()));
        return posts == null ? List.of() : posts;
    }

    /** Everyone in the board's network, by name, to choose a group from. */
    List<MemberEntry> networkMembers() {
        return networks.membersByOrganisation(model.networkId(), view.locale()).stream()
                .flatMap(g -> g.members().stream()).sorted(Comparator.comparing(MemberEntry::displayName)).toList();
    }

    // ---------------------------------------------------------------- notes

    @Override
    public boolean addNote(long sectionId, String text, NoteColour colour, boolean anonymous,
            @Nullable NoteMirror mirror, boolean roomOnly) {
        return tried(() -> {
            NoteState added = noteService.addNote(boardId(), sectionId, text, colour, anonymous, mirror, roomOnly);
            model.ownNoteAdded(added.id());
            live.noteChanged(added);
        });
    }

    @Override
    public @Nullable UserFacingException saveEdit(long noteId, long expectedVersion, String text) {
        try {
            live.noteChanged(noteService.editNote(noteId, expectedVersion, text));
            return null;
        } catch (UserFacingException refusal) {
            return refusal;
        }
    }

    @Override
    public void keepForTheRoom(long noteId, boolean roomOnly) {
        call(() -> live.noteChanged(noteService.keepForTheRoom(noteId, roomOnly)));
    }

    @Override
    public void recolour(long noteId, NoteColour colour) {
        call(() -> live.noteChanged(noteService.recolourNote(noteId, colour)));
    }

    @Override
    public void move(long noteId, long sectionId, @Nullable Long beforeNoteId) {
        call(() -> live.noteChanged(noteService.moveNote(noteId, sectionId, beforeNoteId)));
    }

    @Override
    public void moveWithinSection(long noteId, int steps) {
        call(() -> live.noteChanged(noteService.moveNoteWithinSection(noteId, steps)));
    }

    @Override
    public void delete(long noteId) {
        call(() -> {
            noteService.deleteNote(noteId);
            live.noteRemoved(noteId, Long.MAX_VALUE);
        });
    }

    @Override
    public void link(long fromNoteId, long toNoteId) {
        call(() -> live.noteChanged(noteService.linkNotes(fromNoteId, toNoteId)));
    }

    @Override
    public void unlink(long fromNoteId, long toNoteId) {
        call(() -> live.noteChanged(noteService.unlinkNotes(fromNoteId, toNoteId)));
    }

    @Override
    public void editingStarted(long noteId) {
        live.startEditing(noteId);
    }

    @Override
    public void editingStopped(long noteId) {
        live.stopEditing(noteId);
    }

    @Override
    public void makeAction(long noteId) {
        // The actions feature depends on the board engine, not the other way: its page is reached by address.
        view.getUI().ifPresent(ui -> ui.navigate("actions/new",
                com.vaadin.flow.router.QueryParameters.of("note", Long.toString(noteId))));
    }

    @Override
    public void focusNote(long noteId) {
        view.canvas().focusNote(noteId);
    }

    @Override
    public void keepFocusOn(long noteId) {
        view.canvas().keepFocusOn(noteId);
    }

    // ---------------------------------------------------------------- dot voting

    @Override
    public void placeDot(long noteId) {
        call(() -> {
            votingService.placeDot(noteId);
            model.dotPlaced(noteId);
            live.ownDotsChanged(noteId);
        });
    }

    @Override
    public void removeDot(long noteId) {
        call(() -> {
            votingService.removeDot(noteId);
            model.dotRemoved(noteId);
            live.ownDotsChanged(noteId);
        });
    }

    void startVote(int dots, boolean totalsVisible) {
        call(() -> votingService.startVote(boardId(), dots, totalsVisible));
    }

    void endVote() {
        call(() -> votingService.endVote(boardId()));
    }

    void sortByVotes() {
        call(() -> votingService.sortByVotes(boardId()));
    }

    // ---------------------------------------------------------------- sections

    void addSection(String name) {
        call(() -> sectionService.addSection(boardId(), name));
    }

    @Override
    public void renameSection(long sectionId, String title) {
        call(() -> sectionService.renameSection(sectionId, title));
    }

    @Override
    public void removeSection(long sectionId) {
        call(() -> sectionService.removeSection(sectionId));
    }

    @Override
    public void moveSection(long sectionId, int steps) {
        call(() -> live.sectionsChanged(sectionService.moveSection(sectionId, steps), Long.MAX_VALUE));
    }

    @Override
    public boolean updateGuidance(long sectionId, String guidance, @Nullable Integer minutes) {
        return tried(() -> {
            SectionState saved = sectionService.updateGuidance(sectionId, guidance, minutes);
            live.sectionsChanged(model.sections().stream().map(s -> s.id() == saved.id() ? saved : s).toList(), 0);
        });
    }

    // ---------------------------------------------------------------- reflection walls

    @Override
    public void setResonates(long noteId, boolean resonates) {
        call(() -> {
            NoteState changed = wallService.setResonates(noteId, resonates);
            model.resonated(noteId, resonates);
            live.noteUpdated(changed);
        });
    }

    @Override
    public @Nullable String hide(long noteId, String reason) {
        try {
            wallService.hidePost(noteId, reason);
            live.noteRemoved(noteId, Long.MAX_VALUE);
            return null;
        } catch (UserFacingException refusal) {
            return UserMessages.text(view, refusal);
        }
    }

    void restorePost(long noteId) {
        call(() -> live.noteChanged(wallService.restorePost(noteId)));
    }

    void startPrivateWriting() {
        call(() -> live.boardChanged(wallService.startPrivateWriting(boardId())));
    }

    void revealPrivatePosts() {
        call(() -> live.boardChanged(wallService.revealPrivatePosts(boardId())));
    }

    // ---------------------------------------------------------------- facilitation (Theory U canvas, case clinic)

    void setFocus(long sectionId) {
        call(() -> live.boardChanged(facilitationService.setFocus(boardId(), sectionId)));
    }

    void startStep(long sectionId) {
        call(() -> live.boardChanged(facilitationService.startStep(sectionId)));
    }

    void nextStep() {
        call(() -> live.boardChanged(facilitationService.nextStep(boardId())));
    }

    void startTimer(int minutes, boolean stopsInput) {
        call(() -> live.boardChanged(facilitationService.startTimer(boardId(), minutes, stopsInput)));
    }

    void stopTimer() {
        call(() -> live.boardChanged(facilitationService.stopTimer(boardId())));
    }

    void pauseTimer() {
        call(() -> live.boardChanged(facilitationService.pauseTimer(boardId())));
    }

    void resumeTimer() {
        call(() -> live.boardChanged(facilitationService.resumeTimer(boardId())));
    }

    void extendTimer() {
        call(() -> live.boardChanged(facilitationService.extendTimer(boardId(), 1)));
    }

    /** @return whether the group was saved (else the refusal is shown) */
    boolean setGroup(Map<Long, GroupRole> group) {
        return tried(() -> live.boardChanged(facilitationService.setGroup(boardId(), group)));
    }

    // ---------------------------------------------------------------- pacing the room (docs/adr/0183)

    /** @return whether the plan was saved (else the refusal is shown) */
    boolean planPhases(List<org.samskab.board.PlannedPhase> plan) {
        return tried(() -> live.boardChanged(phaseService.planPhases(boardId(), plan)));
    }

    void useDefaultPhases() {
        call(() -> live.boardChanged(phaseService.useDefaultPhases(boardId())));
    }

    void nextPhase() {
        call(() -> live.boardChanged(phaseService.nextPhase(boardId())));
    }

    void previousPhase() {
        call(() -> live.boardChanged(phaseService.previousPhase(boardId())));
    }

    void startPhase(int index) {
        call(() -> live.boardChanged(phaseService.startPhase(boardId(), index)));
    }

    void endPhases() {
        call(() -> live.boardChanged(phaseService.endPhases(boardId())));
    }

    void setLocked(boolean locked) {
        call(() -> live.boardChanged(facilitationService.setLocked(boardId(), locked)));
    }

    /** The room at a glance for this board's facilitators, or null when refused (the refusal is shown). */
    org.samskab.board.BoardViews.@Nullable RoomGlance glance(java.util.Set<Long> present) {
        return read(() -> facilitationService.glance(boardId(), present, view.locale()));
    }

    @Override
    public void bringEveryone(@Nullable Long sectionId, @Nullable Long noteId) {
        call(() -> {
            roomService.bringEveryoneHere(boardId(), sectionId, noteId);
            UserMessages.showSuccess(view, "room.brought-here");
        });
    }

    @Override
    public void spotlight(@Nullable Long noteId) {
        call(() -> live.boardChanged(facilitationService.spotlight(boardId(), noteId)));
    }
}
