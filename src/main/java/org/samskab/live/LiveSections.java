package org.samskab.live;

import java.util.List;
import org.samskab.board.BoardViews.SectionState;

/** The board's ordered sections, as of a revision. */
record LiveSections(long revision, List<SectionState> sections) {
}
