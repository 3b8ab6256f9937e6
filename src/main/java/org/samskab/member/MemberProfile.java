package org.samskab.member;

import org.samskab.base.Language;

/** What a member sees and edits of their own account; {@code guest} for a guest's account (docs/adr/0187). */
public record MemberProfile(long id, String email, String displayName, Language language, boolean siteAdmin,
        boolean guest) {

    static MemberProfile of(Member member) {
        return new MemberProfile(member.getId(), member.getEmail(), member.getDisplayName(), member.getLanguage(),
                member.isSiteAdmin(), member.isGuest());
    }
}
