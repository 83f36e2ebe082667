package com.stratum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The turn-taking of API reads, on its own: no more than the slots run, the rest start in arrival order. */
class ReadSlotsTest {
    @Test
    void readsBeyondTheSlotsWaitAndStartInArrivalOrderAsSlotsAreHandedOn() {
        ReadSlots slots = new ReadSlots(2);
        List<String> started = new ArrayList<>();
        for (String read : List.of("a", "b", "c", "d", "e")) {
            slots.enter(() -> started.add(read));
        }
        assertThat(started).containsExactly("a", "b");
        assertThat(slots.running()).isEqualTo(2);
        assertThat(slots.waiting()).isEqualTo(3);

        slots.leave();
        assertThat(started).containsExactly("a", "b", "c");
        slots.leave();
        slots.leave();
        assertThat(started).containsExactly("a", "b", "c", "d", "e");
        assertThat(slots.running()).isEqualTo(2);
        assertThat(slots.waiting()).isZero();

        slots.leave();
        slots.leave();
        assertThat(slots.running()).isZero();
        assertThat(slots.mostRunning()).isEqualTo(2);
        assertThat(slots.waited()).isEqualTo(3);
        slots.enter(() -> started.add("f"));
        assertThat(started).endsWith("f");
    }

    @Test
    void leavingASlotNobodyHoldsIsABugNotASilentExtraSlot() {
        ReadSlots slots = new ReadSlots(1);
        assertThatThrownBy(slots::leave).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ReadSlots(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stratum.http.concurrent-reads");
    }
}
