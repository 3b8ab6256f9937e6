package org.samskab.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InternerTest {

    @Test
    void equalValuesBecomeOneInstanceAndDifferentOnesStayApart() {
        Interner<List<String>> interner = new Interner<>();
        List<String> first = new java.util.ArrayList<>(List.of("Buddy pairs"));
        List<String> equal = new java.util.ArrayList<>(List.of("Buddy pairs"));
        List<String> other = List.of("Case clinics");

        assertThat(interner.intern(first)).isSameAs(first);
        assertThat(interner.intern(equal)).isSameAs(first);
        assertThat(interner.intern(other)).isSameAs(other);
        assertThat(interner.intern(null)).isNull();
    }
}
