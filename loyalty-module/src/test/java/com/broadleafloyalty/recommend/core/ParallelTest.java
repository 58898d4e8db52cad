package com.broadleafloyalty.recommend.core;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParallelTest {

    @Test
    void shouldVisitEveryIndexOnceWhateverTheThreads() {
        for (int threads : new int[] {1, 3}) {
            AtomicIntegerArray visits = new AtomicIntegerArray(1000);

            Parallel.forEach(threads, 1000, visits::incrementAndGet);

            for (int i = 0; i < 1000; i++) {
                assertThat(visits.get(i)).isEqualTo(1);
            }
        }
    }

    @Test
    void shouldPassOnWhatAWorkerThrew() {
        assertThatThrownBy(() -> Parallel.forEach(2, 1000, i -> {
            if (i == 700) {
                throw new IllegalStateException("index 700");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("index 700");
    }
}
