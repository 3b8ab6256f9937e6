package org.samskab.board.ui;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The read-only part of a note card as HTML, built with jsoup so every piece of text is escaped as text: a note
 * or a name can never become markup, whatever the input rules let through. One element per card instead of a
 * component per line is what keeps a screen with hundreds of notes small on the server (see docs/benchmarks.md).
 */
final class NoteMarkup {

    private NoteMarkup() {
    }

    /**
     * @param text the note's text, or null to leave it out (while the card's editor shows it)
     * @param author who wrote it, already worded ("Anonymous" for anonymous notes)
     * @param votes the dot count, already worded, or null while totals are hidden
     * @param editing who is editing it now, already worded, or null
     */
    static String render(String text, String author, String votes, String editing) {
        return render(text, author, votes, editing, null, null);
    }

    /**
     * Like {@link #render(String, String, String, String)}, for Theory U canvases and case clinics too.
     *
     * @param mirror how a coach's mirror begins ("I see"), already worded, or null
     * @param role the author's part in the board's group ("Case giver"), already worded, or null
     */
    static String render(String text, String author, String votes, String editing, String mirror, String role) {
        Document document = Document.createShell("");
        // No pretty printing: the note text keeps its own line breaks (white-space: pre-wrap).
        document.outputSettings().prettyPrint(false);
        Element root = document.body();
        if (text != null) {
            if (mirror != null) {
                root.appendElement("span").addClass("note-mirror").text(mirror);
            }
            root.appendElement("p").addClass("note-text").text(text);
        }
        Element footer = root.appendElement("div").addClass("note-footer");
        footer.appendElement("span").addClass("note-author").text(author);
        if (role != null) {
            footer.appendElement("span").addClass("note-role").text(role);
        }
        if (votes != null) {
            footer.appendElement("span").addClass("note-votes").text(votes);
        }
        if (editing != null) {
            footer.appendElement("span").addClass("note-editing").text(editing);
        }
        return root.html();
    }
}
