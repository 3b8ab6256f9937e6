package org.samskab.gathering;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.Language;
import org.samskab.base.TextRules;
import org.samskab.base.Translations;
import org.samskab.board.BoardBlueprint;
import org.samskab.board.BoardService;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.gathering.TemplateViews.TemplateBoard;
import org.samskab.gathering.TemplateViews.TemplateSummary;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkAccess;
import org.samskab.network.NetworkRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agenda templates: the built-in agendas and those a network saved. Facilitators and coordinators of the network
 * list, apply, save and delete them; participants are refused; another network's template is "not found".
 * Applying appends the template's boards to a gathering's agenda, in order and all or nothing, through the board
 * engine's own {@link BoardService#createBoard(long, Long, BoardBlueprint)}. Saving reads boards through
 * {@link BoardService#blueprint(long)}: their configuration, never their notes.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class TemplateService {

    /** A template holds at most this many boards (a long day's agenda, with room to spare). */
    public static final int MAX_BOARDS = 30;

    private static final NetworkRole[] RUNS_GATHERINGS = {NetworkRole.FACILITATOR, NetworkRole.COORDINATOR};

    private final AgendaTemplateRepository templates;
    private final GatheringRepository gatherings;
    private final BoardService boards;
    private final NetworkAccess access;
    private final MemberService members;
    private final Translations translations;
    private final JsonMapper json;
    private final Clock clock;

    TemplateService(AgendaTemplateRepository templates, GatheringRepository gatherings, BoardService boards,
            NetworkAccess access, MemberService members, Translations translations, JsonMapper json, Clock clock) {
        this.templates = templates;
        this.gatherings = gatherings;
        this.boards = boards;
        this.access = access;
        this.members = members;
        this.translations = translations;
        this.json = json;
        this.clock = clock;
    }

    /** The built-in templates first, in the member's language, then the network's own, by name. */
    @Transactional(readOnly = true)
    public List<TemplateSummary> templates(long networkId) {
        access.requireRoleIn(networkId, RUNS_GATHERINGS);
        Language language = language();
        List<TemplateSummary> all = new ArrayList<>();
        for (BuiltInTemplate builtIn : BuiltInTemplate.values()) {
            all.add(summary(null, builtIn, translations.translate(language, builtIn.nameKey()),
                    translations.translate(language, builtIn.descriptionKey()),
                    builtIn.blueprints(key -> translations.translate(language, key))));
        }
        for (AgendaTemplate saved : templates.findActive(networkId)) {
            all.add(summary(saved));
        }
        return all;
    }

    /** Appends a built-in template's boards to the agenda, with texts in the applying member's language. */
    public List<BoardSummary> apply(long gatheringId, BuiltInTemplate template) {
        Gathering gathering = loadForFacilitator(gatheringId);
        if (template == null) {
            throw new ItemNotFoundException();
        }
        Language language = language();
        return create(gathering, template.blueprints(key -> translations.translate(language, key)));
    }

    /** Appends a saved template's boards to the agenda. */
    public List<BoardSummary> apply(long gatheringId, long templateId) {
        Gathering gathering = loadForFacilitator(gatheringId);
        AgendaTemplate template = templates.findActiveById(templateId)
                .filter(t -> t.getNetworkId() == gathering.getNetworkId()).orElseThrow(ItemNotFoundException::new);
        return create(gathering, read(template));
    }

    /** Saves one board's configuration (not its notes) as a new template of its network. */
    public TemplateSummary saveBoard(long boardId, String name, String description) {
        BoardSummary board = boards.summary(boardId);
        access.requireRoleIn(board.networkId(), RUNS_GATHERINGS);
        return save(board.networkId(), name, description, List.of(boards.blueprint(boardId)));
    }

    /** Saves a gathering's whole agenda (its boards' configuration, in order) as a new template of its network. */
    public TemplateSummary saveAgenda(long gatheringId, String name, String description) {
        Gathering gathering = loadForFacilitator(gatheringId);
        List<BoardBlueprint> blueprints = boards.agenda(gathering.getNetworkId(), gathering.getId()).stream()
                .map(b -> boards.blueprint(b.id())).toList();
        if (blueprints.isEmpty()) {
            throw new InvalidInputException("template.empty-agenda");
        }
        return save(gathering.getNetworkId(), name, description, blueprints);
    }

    /** Deletes one of the network's templates (built-in ones stay). */
    public void delete(long templateId) {
        AgendaTemplate template = templates.findActiveById(templateId).orElseThrow(ItemNotFoundException::new);
        access.requireRoleIn(template.getNetworkId(), RUNS_GATHERINGS);
        template.remove(Instant.now(clock));
        templates.saveAndFlush(template);
    }

    // ---------------------------------------------------------------- internals

    private TemplateSummary save(long networkId, String name, String description, List<BoardBlueprint> blueprints) {
        String cleanName = TextRules.requiredText(name, TextRules.TITLE_MAX, "field.name");
        String cleanDescription = TextRules.optionalMultilineText(description, TextRules.DESCRIPTION_MAX,
                "field.description");
        if (blueprints.size() > MAX_BOARDS) {
            throw new InvalidInputException("template.too-many-boards", MAX_BOARDS);
        }
        AgendaTemplate saved = templates.saveAndFlush(new AgendaTemplate(networkId, cleanName, cleanDescription,
                json.writeValueAsString(blueprints), access.currentMemberId(), Instant.now(clock)));
        return summary(saved);
    }

    /** Creates the boards in order; any refusal rolls back the whole transaction, so nothing is half applied. */
    private List<BoardSummary> create(Gathering gathering, List<BoardBlueprint> blueprints) {
        GatheringService.requireOpen(gathering);
        List<BoardSummary> created = new ArrayList<>();
        for (BoardBlueprint blueprint : blueprints) {
            created.add(boards.createBoard(gathering.getNetworkId(), gathering.getId(), blueprint));
        }
        return created;
    }

    private List<BoardBlueprint> read(AgendaTemplate template) {
        // Tolerant of fields a blueprint did not have when it was saved: they take their defaults.
        BoardBlueprint[] read = json.readerFor(BoardBlueprint[].class)
                .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(template.getBoards());
        return Arrays.asList(read);
    }

    private TemplateSummary summary(AgendaTemplate template) {
        return summary(template.getId(), null, template.getName(), template.getDescription(), read(template));
    }

    private static TemplateSummary summary(@Nullable Long id, @Nullable BuiltInTemplate builtIn, String name,
            @Nullable String description,
            List<BoardBlueprint> blueprints) {
        return new TemplateSummary(id, builtIn, name, description,
                blueprints.stream().map(b -> new TemplateBoard(b.kind(), b.title())).toList());
    }

    private Language language() {
        return members.profile(access.currentMemberId()).language();
    }

    private Gathering loadForFacilitator(long gatheringId) {
        Gathering gathering = gatherings.findById(gatheringId).orElseThrow(ItemNotFoundException::new);
        access.requireRoleIn(gathering.getNetworkId(), RUNS_GATHERINGS);
        return gathering;
    }
}
