package org.samskab.profile;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.samskab.action.ActionService;
import org.samskab.base.InvalidInputException;
import org.samskab.board.AuthorErasure;
import org.samskab.board.BoardReader;
import org.samskab.member.MemberProfile;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkAccess;
import org.samskab.network.NetworkService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data rights of the GDPR for the signed-in member (issue 16, docs/adr/0197): a copy of their data as JSON, and
 * deleting their account. Each feature does its part for the member who asks, never for another: their posts become
 * anonymous, their open actions go to whoever recorded them or are dropped, they leave their networks, and the
 * account keeps nothing of them. Nothing else of the boards is lost.
 */
@Service
public class AccountService {

    private final NetworkAccess access;
    private final MemberService members;
    private final NetworkService networks;
    private final BoardReader boards;
    private final AuthorErasure erasure;
    private final ActionService actions;
    private final JsonMapper json;
    private final Clock clock;

    AccountService(NetworkAccess access, MemberService members, NetworkService networks, BoardReader boards,
            AuthorErasure erasure, ActionService actions, JsonMapper json, Clock clock) {
        this.access = access;
        this.members = members;
        this.networks = networks;
        this.boards = boards;
        this.erasure = erasure;
        this.actions = actions;
        this.json = json;
        this.clock = clock;
    }

    /** The member's data: profile, memberships, named posts and actions, as indented JSON (UTF-8). */
    @Transactional(readOnly = true)
    public byte[] myData() {
        MemberProfile me = members.profile(access.currentMemberId());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        data.put("profile", Map.of("name", me.displayName(), "email", me.email(), "language",
                me.language().name().toLowerCase(java.util.Locale.ROOT)));
        data.put("memberships", networks.myMemberships().stream().map(m -> {
            Map<String, Object> membership = new LinkedHashMap<>();
            membership.put("network", m.networkName());
            membership.put("role", m.role().name().toLowerCase(java.util.Locale.ROOT));
            m.organisations().stream().filter(o -> o.id() == (m.organisationId() == null ? -1 : m.organisationId()))
                    .findFirst().ifPresent(o -> membership.put("organisation", o.name()));
            return membership;
        }).toList());
        data.put("namedPosts", boards.myNamedPosts().stream().map(p -> Map.of("board", p.board(), "text", p.text(),
                "writtenAt", p.writtenAt().toString())).toList());
        data.put("actions", actions.myData().stream().map(a -> {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("network", a.networkName());
            action.put("text", a.text());
            action.put("owner", a.ownerName());
            action.put("status", a.status().name().toLowerCase(java.util.Locale.ROOT));
            if (a.dueOn() != null) {
                action.put("dueOn", a.dueOn().toString());
            }
            if (a.outcome() != null) {
                action.put("outcome", a.outcome());
            }
            return action;
        }).toList());
        return json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsBytes(data);
    }

    /**
     * Deletes the signed-in member's account, after they give their password again. Refused, with nothing changed,
     * for a wrong password or while they are the last coordinator of a network.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void deleteMyAccount(String password) {
        long me = access.currentMemberId();
        if (access.isGuestSignedIn()) {
            // A guest has no account to delete, nor a password to give: it ends with its gathering.
            throw new org.samskab.base.PermissionDeniedException();
        }
        if (!members.passwordMatches(me, password)) {
            throw new InvalidInputException("account.wrong-password");
        }
        erasure.anonymiseMe(networks.myMemberships().stream().map(m -> m.networkId()).toList());
        actions.handOverMine();
        networks.leaveAllNetworks();
        members.erase(me);
    }
}
