package org.samskab.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.IntegrationTest;
import org.samskab.action.ActionService;
import org.samskab.base.InvalidInputException;
import org.samskab.base.Language;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.NoteService;
import org.samskab.board.SectionService;
import org.samskab.board.WallService;
import org.samskab.gathering.GatheringForm;
import org.samskab.gathering.GatheringKind;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.JoiningService;
import org.samskab.gathering.TemplateService;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 17's bad input, as one systematic test (docs/reliability.md): every text a member types into a form or
 * onto a board goes through the service with each kind of bad text. Empty, spaces only, invisible characters
 * only, 10,000 characters, markup and a right-to-left override are refused with a message that exists in every
 * language, and nothing is stored; right-to-left scripts, emoji and a joiner inside a word are kept exactly.
 * (That the stored text is shown as text, never as markup, is {@code NoteMarkupTest}'s and the browser tests'.)
 */
@IntegrationTest
class BadInputTest {

    /** Texts no form may store. */
    static final List<String> REFUSED = List.of("", "  \t\n  ", "\u200B\u200C\uFEFF\u00A0", "x".repeat(10_000),
            "<b onclick=\"alert(1)\">bold</b>", "<script>alert(1)</script>", "invoice \u202Egpj.exe",
            "\u2067isolated\u2069");
    /** Texts every free-text field keeps as they are. */
    static final List<String> KEPT = List.of("مرحبا بكم في الورشة", "שלום לכולם", "🌱 Grow 👩‍👩‍👧 together 👍🏽",
            "co\u200Boperate", "Tom & Jerry's \"café\" < 3 > 2");

    /**
     * One text field: how it is set, how what was stored is read back, and what of the world must not change when
     * it is refused.
     */
    record Field(String name, BiFunction<MatrixWorld, String, @Nullable Object> set,
            Function<MatrixWorld, @Nullable Object> unchanged,
            BiFunction<MatrixWorld, @Nullable Object, String> stored) {
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void everyTextFieldRefusesBadTextWithATranslatedMessageAndKeepsGoodTextExactly() {
        MatrixWorld.People people = MatrixWorld.people(fixtures);
        MatrixWorld.People strangers = MatrixWorld.people(fixtures);
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Field field : fields(people)) {
            MatrixWorld world = MatrixWorld.of(context, people, strangers, false);
            for (String text : REFUSED) {
                tried++;
                Object before = actAs(people, world, field.unchanged());
                Throwable thrown = attempt(people, () -> field.set().apply(world, text));
                Object after = actAs(people, world, field.unchanged());
                if (!(thrown instanceof InvalidInputException refusal)) {
                    wrong.add(field.name() + " took " + shown(text) + (thrown == null ? "" : ": " + thrown));
                } else if (!translatedEverywhere(refusal)) {
                    wrong.add(
                            field.name() + " refused " + shown(text) + " with an untranslated " + refusal.messageKey());
                }
                if (!Objects.equals(before, after)) {
                    wrong.add(field.name() + " changed something on refusing " + shown(text));
                }
            }
            for (String text : KEPT) {
                tried++;
                Object[] result = new Object[1];
                Throwable thrown = attempt(people, () -> result[0] = field.set().apply(world, text));
                if (thrown != null) {
                    wrong.add(field.name() + " refused " + shown(text) + ": " + thrown);
                    continue;
                }
                String stored = actAs(people, world, w -> field.stored().apply(w, result[0]));
                if (!text.equals(stored)) {
                    wrong.add(field.name() + " stored " + shown(text) + " as " + shown(stored));
                }
            }
        }
        System.out.printf("Bad input: %d fields, %d texts tried, %d wrong%n", fields(people).size(), tried,
                wrong.size());
        assertThat(wrong).isEmpty();
    }

    private static String shown(@Nullable String text) {
        if (text == null) {
            return "null";
        }
        String escaped = text.codePoints().mapToObj(c -> c < 0x20 || (c >= 0x200B && c <= 0x206F) || c == 0xFEFF
                || c == 0xA0 ? String.format("\\u%04X", c) : Character.toString(c))
                .collect(java.util.stream.Collectors.joining());
        return "\"" + (escaped.length() > 40 ? escaped.substring(0, 40) + "…(" + text.length() + ")" : escaped) + "\"";
    }

    /** The message and its arguments exist in English, Danish and Norwegian Bokmål. */
    private static boolean translatedEverywhere(InvalidInputException refusal) {
        for (Language language : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", language.locale());
            if (!bundle.containsKey(refusal.messageKey())) {
                return false;
            }
            for (Object argument : refusal.messageArguments()) {
                if (argument instanceof org.samskab.base.TextRules.TranslatedArgument key
                        && !bundle.containsKey(key.key())) {
                    return false;
                }
            }
            MessageFormat.format(bundle.getString(refusal.messageKey()), refusal.messageArguments());
        }
        return true;
    }

    private @Nullable Throwable attempt(MatrixWorld.People people, Runnable call) {
        try {
            fixtures.as(people.coordinator(), call);
            return null;
        } catch (RuntimeException thrown) {
            return thrown;
        }
    }

    private <T> T actAs(MatrixWorld.People people, MatrixWorld world, Function<MatrixWorld, T> read) {
        return fixtures.as(people.coordinator(), () -> read.apply(world));
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private BoardSnapshot board(long boardId) {
        return bean(BoardReader.class).open(boardId);
    }

    /** The fields, each acted on by the network's coordinator (who may use every one of them). */
    private List<Field> fields(MatrixWorld.People people) {
        NoteService notes = bean(NoteService.class);
        SectionService sections = bean(SectionService.class);
        GatheringService gatherings = bean(GatheringService.class);
        NetworkService networks = bean(NetworkService.class);
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("a new note", (w, text) -> notes.addNote(w.idea(), w.section(), text, null, false),
                w -> board(w.idea()).notes().size(), (w, added) -> ((NoteState) Objects.requireNonNull(added)).text()));
        fields.add(new Field("an edited note", (w, text) -> notes.editNote(w.noteId(),
                board(w.idea()).notes().stream().filter(n -> n.id() == w.noteId()).findFirst().orElseThrow().version(),
                text), w -> noteText(w), (w, edited) -> noteText(w)));
        fields.add(new Field("a new section", (w, text) -> sections.addSection(w.idea(), text),
                w -> board(w.idea()).sections().size(),
                (w, added) -> Objects.requireNonNull(((SectionState) Objects.requireNonNull(added)).title())));
        fields.add(new Field("a section's name", (w, text) -> sections.renameSection(w.section(), text),
                w -> sectionTitle(w), (w, renamed) -> sectionTitle(w)));
        fields.add(new Field("a hidden post's reason", (w, text) -> {
            long post = notes.addNote(w.wall(), board(w.wall()).sections().getFirst().id(), "I felt heard", null,
                    false).id();
            bean(WallService.class).hidePost(post, text);
            return post;
        }, w -> bean(WallService.class).hiddenPosts(w.wall()).size(),
                (w, post) -> Objects.requireNonNull(bean(WallService.class).hiddenPosts(w.wall()).stream()
                        .filter(hidden -> Objects.equals(hidden.noteId(), post)).findFirst().orElseThrow().reason())));
        fields.add(new Field("a board's title", (w, text) -> bean(BoardService.class).updateBoard(w.idea(), text, "",
                true), w -> board(w.idea()).board().title(), (w, updated) -> board(w.idea()).board().title()));
        fields.add(new Field("a new board's title", (w, text) -> gatherings.addBoard(w.gathering(),
                BoardKind.IDEA_BOARD, text, "", false, List.of("Ideas")), w -> gatherings.agenda(w.gathering()).size(),
                (w, made) -> ((org.samskab.board.BoardViews.BoardSummary) Objects.requireNonNull(made)).title()));
        fields.add(new Field("a gathering's title", (w, text) -> gatherings.plan(w.network(), form(text, null)),
                w -> gatherings.list(w.network()).toString().length(),
                (w, planned) -> gatherings.detail(((org.samskab.gathering.GatheringViews.GatheringSummary) Objects
                        .requireNonNull(planned)).id()).title()));
        fields.add(new Field("a template's name", (w, text) -> bean(TemplateService.class).saveBoard(w.idea(), text,
                "A board to start from"), w -> bean(TemplateService.class).templates(w.network()).size(),
                (w, saved) -> ((org.samskab.gathering.TemplateViews.TemplateSummary) Objects.requireNonNull(saved))
                        .name()));
        fields.add(new Field("an action", (w, text) -> bean(ActionService.class).record(w.network(), null, null,
                text, null, null), w -> bean(ActionService.class).openIn(w.network()).size(),
                (w, recorded) -> ((org.samskab.action.ActionViews.ActionView) Objects.requireNonNull(recorded))
                        .text()));
        fields.add(new Field("an organisation's name", (w, text) -> networks.addOrganisation(w.network(), text),
                w -> networks.organisations(w.network()).size(),
                (w, added) -> ((org.samskab.network.NetworkViews.OrganisationSummary) Objects.requireNonNull(added))
                        .name()));
        fields.add(new Field("one's own name", (w, text) -> bean(MemberService.class).updateMyProfile(text,
                Language.ENGLISH), w -> bean(MemberService.class).myProfile().displayName(),
                (w, saved) -> bean(MemberService.class).myProfile().displayName()));
        fields.add(new Field("a guest's name", (w, text) -> bean(JoiningService.class).joinAsGuest(w.joinCode(), text,
                Language.ENGLISH, MatrixWorld.address()),
                w -> bean(org.samskab.board.RoomService.class)
                        .guests(w.gathering()).size(),
                (w, admitted) -> bean(MemberService.class).displayName(
                        ((org.samskab.board.BoardViews.GuestAdmission) Objects.requireNonNull(admitted)).guestId())
                        .orElseThrow()));
        return fields;
    }

    private String noteText(MatrixWorld w) {
        long id = w.noteId(); // made first: the board is read after it
        return board(w.idea()).notes().stream().filter(n -> n.id() == id).findFirst().orElseThrow().text();
    }

    private String sectionTitle(MatrixWorld w) {
        return Objects.requireNonNull(board(w.idea()).sections().stream().filter(s -> s.id() == w.section())
                .findFirst().orElseThrow().title());
    }

    private static GatheringForm form(String title, @Nullable String place) {
        Instant start = Instant.now().plus(Duration.ofDays(7));
        return new GatheringForm(title, GatheringKind.WORKSHOP, start, start.plus(Duration.ofHours(3)), place, null,
                null, Set.of());
    }
}
