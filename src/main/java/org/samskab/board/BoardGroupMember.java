package org.samskab.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A member of the group working on a board, with their part in it. */
@Entity
@Table(name = "board_group_member")
@IdClass(BoardGroupMember.Key.class)
class BoardGroupMember {

    static class Key implements Serializable {
        private long boardId;
        private long memberId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.boardId == boardId && key.memberId == memberId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(boardId, memberId);
        }
    }

    @Id
    @Column(name = "board_id", nullable = false)
    private long boardId;

    @Id
    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_role", nullable = false)
    private GroupRole role;

    protected BoardGroupMember() {
    }

    BoardGroupMember(long boardId, long memberId, GroupRole role) {
        this.boardId = boardId;
        this.memberId = memberId;
        this.role = role;
    }

    long getMemberId() {
        return memberId;
    }

    GroupRole getRole() {
        return role;
    }
}
