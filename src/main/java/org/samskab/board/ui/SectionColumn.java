package org.samskab.board.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.base.TextRules;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.ui.TextLimit;

/**
 * A section (column or cluster): a heading, its notes as a list, and "Add a note", which opens the form for one
 * ({@link NoteComposer}).
 */
class SectionColumn extends Section {

    private final BoardScreenState state;
    private final BoardActions actions;
    private final BoardKindLayout kindLayout;
    private final KindWords words;
    private SectionState section;
    private final H2 heading = new H2();
    private final Div header = new Div();
    private final NoteList notes = new NoteList();
    // "Add a note" opens the form; most members read far more than they write (see NoteComposer)
    final Button openComposer = new Button();
    private @Nullable NoteComposer composer;
    // Reflection walls: how many private posts this prompt holds (facilitators, counts only)
    private final com.vaadin.flow.component.html.Span privateCount = new com.vaadin.flow.component.html.Span();
    // Theory U canvas and case clinic: guidance, the kind's tools, the current-section badge, mirrors
    final Paragraph guidance = new Paragraph();
    final Div tools = new Div();
    final Span focusBadge = new Span();
    private boolean focused;

    SectionColumn(BoardScreenState state, BoardActions actions, BoardKindLayout kindLayout, SectionState section) {
        this.state = state;
        this.actions = actions;
        this.kindLayout = kindLayout;
        this.words = kindLayout.words();
        this.section = section;
        addClassName("board-section");
        getElement().setAttribute("data-section-id", Long.toString(section.id()));
        header.addClassName("section-header");
        openComposer.setText(getTranslation(words.openComposer()));
        openComposer.setIcon(VaadinIcon.PLUS.create());
        openComposer.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        openComposer.addClassName("open-composer");
        openComposer.addClickListener(e -> composer().newNote.focus());
        privateCount.addClassName("section-private-count");
        privateCount.getElement().setAttribute("role", "status");
        privateCount.setVisible(false);
        guidance.addClassName("section-guidance");
        tools.addClassName("section-tools");
        focusBadge.addClassName("focus-badge");
        focusBadge.setVisible(false);
        if (section.stageKey() != null) {
            addClassName("stage-" + section.stageKey());
        }
        add(header, focusBadge, privateCount, guidance, tools, notes, openComposer);
        update(section);
    }

    SectionState section() {
        return section;
    }

    /** What the header shows: when a phase or the lock changes and this stays, the header is not rebuilt. */
    private record HeaderLook(SectionState section, String title, boolean rename, boolean move, boolean remove,
            boolean guidance, boolean bring) {
    }

    private @org.jspecify.annotations.Nullable HeaderLook headerLook;

    void update(SectionState newState) {
        this.section = newState;
        String title = SectionTexts.title(this, section);
        HeaderLook look = new HeaderLook(section, title, state.mayRenameSection(section), state.mayMoveSections(),
                state.mayRemoveSection(section), state.mayEditGuidance(section), state.mayBringEveryone());
        if (look.equals(headerLook)) {
            // Only who may write here can have changed (every open screen gets this when the room's pace changes).
            refreshRights();
            redrawTools();
            return;
        }
        headerLook = look;
        header.removeAll();
        heading.setText(title);
        heading.setId("section-" + section.id());
        header.add(heading);
        if (state.mayRenameSection(section)) {
            Button rename = new Button(VaadinIcon.EDIT.create(), e -> startRenaming());
            rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            rename.setAriaLabel(getTranslation(words.renameSection(), title));
            rename.setTooltipText(rename.getAriaLabel().orElse(""));
            rename.addClassName("rename-section");
            header.add(rename);
        }
        if (state.mayMoveSections()) {
            header.add(sectionButton(VaadinIcon.ARROW_LEFT, words.moveSectionLeft(), "move-section-left",
                    () -> actions.moveSection(section.id(), -1)));
            header.add(sectionButton(VaadinIcon.ARROW_RIGHT, words.moveSectionRight(), "move-section-right",
                    () -> actions.moveSection(section.id(), 1)));
        }
        if (state.mayRemoveSection(section)) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> actions.removeSection(section.id()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation(words.removeSection(), title));
            remove.setTooltipText(remove.getAriaLabel().orElse(""));
            header.add(remove);
        }
        if (state.mayEditGuidance(section)) {
            Button editGuidance = new Button(VaadinIcon.COMMENT_ELLIPSIS_O.create(), e -> new GuidanceDialog(title,
                    section, SectionTexts.defaultGuidance(this, section),
                    (text, minutes) -> actions.updateGuidance(section.id(), text, minutes)).open());
            editGuidance.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            editGuidance.addClassName("edit-guidance");
            editGuidance.setAriaLabel(getTranslation("board.edit-guidance", title));
            editGuidance.setTooltipText(getTranslation("board.edit-guidance", title));
            header.add(editGuidance);
        }
        if (state.mayBringEveryone()) {
            Button bring = new Button(VaadinIcon.USERS.create(), e -> actions.bringEveryone(section.id(), null));
            bring.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            bring.addClassName("bring-everyone-to-section");
            bring.setAriaLabel(getTranslation("room.bring-everyone-to", title));
            bring.setTooltipText(bring.getAriaLabel().orElse(""));
            header.add(bring);
        }
        String guidanceText = SectionTexts.guidance(this, section);
        guidance.setText(guidanceText == null ? "" : guidanceText);
        guidance.setVisible(guidanceText != null);
        refreshRights();
        redrawTools();
        if (composer != null) {
            composer.update(section, title);
        }
        notes.getElement().setAttribute("aria-labelledby", "section-" + section.id());
    }

    /** The form for a new note in this section, opened (and made) if it is not yet. */
    NoteComposer composer() {
        if (composer == null) {
            composer = new NoteComposer(state, actions, words, this, this::closeComposer);
            composer.update(section, SectionTexts.title(this, section));
            addComponentAtIndex(indexOf(openComposer), composer);
            refreshRights();
        }
        return composer;
    }

    private void closeComposer() {
        if (composer != null) {
            remove(composer);
            composer = null;
            refreshRights();
            openComposer.focus();
        }
    }

    private Button sectionButton(VaadinIcon icon, String labelKey, String className, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey, section.title()));
        button.setTooltipText(getTranslation(labelKey, section.title()));
        button.addClassName(className);
        return button;
    }

    /** Shows how many private posts this prompt holds (null: nothing to show). */
    void showPrivateCount(@Nullable Integer count) {
        privateCount.setVisible(count != null);
        if (count != null) {
            privateCount.setText(getTranslation("wall.private-count", count));
        }
    }

    private void startRenaming() {
        TextField title = new TextField();
        title.setValue(SectionTexts.title(this, section));
        title.setAriaLabel(getTranslation(state.kind().sectionFieldKey()));
        TextLimit.on(title, TextRules.TITLE_MAX);
        Button save =
                new Button(getTranslation("action.save"), e -> actions.renameSection(section.id(), title.getValue()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickShortcut(Key.ENTER).listenOn(title).resetFocusOnActiveElement();
        Button cancel = new Button(getTranslation("action.cancel"), e -> update(section));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        header.removeAll();
        header.add(title, save, cancel);
        title.focus();
    }

    /** Puts a new card among this section's cards by its position. */
    void insertInOrder(NoteCard card) {
        notes.insertInOrder(card);
    }

    /** Puts the cards in this section's list, in the given order, moving only what is out of place. */
    void showCards(List<NoteCard> ordered) {
        notes.showCards(ordered);
    }

    /** This section's cards, in the order shown. */
    List<NoteCard> cards() {
        return notes.cards();
    }

    /** Marks this section as the one the group is on now (or not), for every screen. */
    void showFocus(boolean isFocused, String label) {
        boolean changed = focused != isFocused;
        focused = isFocused;
        getClassNames().set("focused", isFocused);
        if (isFocused) {
            getElement().setAttribute("aria-current", "step");
        } else {
            getElement().removeAttribute("aria-current");
        }
        focusBadge.setText(label);
        focusBadge.setVisible(isFocused && !label.isEmpty());
        if (changed) {
            redrawTools();
        }
    }

    boolean isFocused() {
        return focused;
    }

    /** Clears the kind's tools and lets the board's kind add them again (after a change of state). */
    void redrawTools() {
        tools.removeAll();
        kindLayout.decorate(this);
        tools.setVisible(tools.getChildren().findAny().isPresent());
    }

    void addTool(com.vaadin.flow.component.Component tool) {
        tools.add(tool);
    }

    /** Redraws what depends on the board's rights (who may write). */
    void refreshRights() {
        openComposer.setVisible(state.mayWriteIn(section()) && composer == null);
        if (composer != null) {
            composer.setVisible(state.mayWriteIn(section()));
        }
    }
}
