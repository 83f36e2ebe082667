package com.stratum.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeferredTest {
    @Test
    void withinABatchEachKeyRunsOnceAfterTheBatchInTheOrderFirstDeferred() {
        List<String> ran = new ArrayList<>();
        Deferred.batch(() -> {
            for (String key : List.of("a", "b", "a", "a", "b")) {
                assertThat(Deferred.defer(key, () -> ran.add(key))).isTrue();
            }
            Deferred.batch(() -> Deferred.defer("c", () -> ran.add("c"))); // nested: the outer batch runs it
            ran.add("work done");
        });
        assertThat(ran).containsExactly("work done", "a", "b", "c");
    }

    @Test
    void outsideABatchNothingIsDeferredAndAFailedBatchRunsNothing() {
        List<String> ran = new ArrayList<>();
        assertThat(Deferred.defer("a", () -> ran.add("a"))).isFalse();
        assertThatThrownBy(() -> Deferred.batch(() -> {
            Deferred.defer("b", () -> ran.add("b"));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(Deferred.defer("c", () -> ran.add("c"))).isFalse();
        assertThat(ran).isEmpty();
    }
}
