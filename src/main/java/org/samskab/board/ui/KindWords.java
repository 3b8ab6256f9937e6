package org.samskab.board.ui;

/**
 * What the shared screen calls things on a kind of board (translation keys): a wall has prompts and posts where
 * other boards have sections and notes.
 */
record KindWords(String addSection, String sectionsLabel, String openComposer, String addNote, String newNoteIn,
        String renameSection, String removeSection, String moveSectionLeft, String moveSectionRight) {

    // Only a wall's prompts are moved left and right today (BoardScreenState#mayMoveSections), so boards borrow
    // its words for those.
    static final KindWords BOARD = new KindWords("board.add-section", "board.sections-label", "board.open-composer",
            "board.add-note", "board.new-note-in", "board.rename-section", "board.remove-section",
            "wall.move-prompt-left", "wall.move-prompt-right");

    static final KindWords WALL = new KindWords("wall.add-prompt", "wall.prompts-label", "wall.open-composer",
            "wall.post", "wall.new-post-in", "wall.rename-prompt", "wall.remove-prompt", "wall.move-prompt-left",
            "wall.move-prompt-right");
}
