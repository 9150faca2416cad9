package dev.starstream.studio.app.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskExecutorTest {
    private final ThreadPools pools = new ThreadPools();
    private final List<String> ui = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        pools.close();
    }

    @Test
    void thePoolRunsWorkOffTheCallerAndDeliversTheResultThroughTheUiExecutor() throws Exception {
        PoolTaskExecutor tasks = new PoolTaskExecutor(pools.fixed("test", 1), r -> {
            ui.add("ui:" + Thread.currentThread().getName().startsWith("studio-test"));
            r.run();
        });
        List<String> seen = new CopyOnWriteArrayList<>();
        TaskHandle<Integer> handle = tasks.submit(BackgroundTask.of("Add", c -> {
            seen.add(Thread.currentThread().getName());
            return 40 + 2;
        }).onSuccess(v -> seen.add("result " + v)));
        assertThat(handle.result().get(5, TimeUnit.SECONDS)).isEqualTo(42);
        for (int k = 0; k < 100 && seen.size() < 2; k++) {
            Thread.sleep(10);
        }
        assertThat(seen).containsExactly("studio-test-1", "result 42");
    }

    @Test
    void aFailureReachesOnFailureAndTheFuture() throws Exception {
        PoolTaskExecutor tasks = new PoolTaskExecutor(pools.single("test"), Runnable::run);
        CountDownLatch failed = new CountDownLatch(1);
        TaskHandle<Object> handle = tasks.submit(BackgroundTask.of("Read", c -> {
            throw new IOException("disk gone");
        }).onFailure(e -> failed.countDown()));
        assertThat(failed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(handle.result()).failsWithin(1, TimeUnit.SECONDS).withThrowableThat().withMessageContaining("disk gone");
    }

    @Test
    void aCancelledTaskDeliversNothing() throws Exception {
        PoolTaskExecutor tasks = new PoolTaskExecutor(pools.single("test"), Runnable::run);
        CountDownLatch started = new CountDownLatch(1);
        List<Object> delivered = new CopyOnWriteArrayList<>();
        TaskHandle<String> handle = tasks.submit(BackgroundTask.<String>of("Loop", c -> {
            started.countDown();
            while (true) {
                c.checkCancelled();
                Thread.sleep(2);
            }
        }).onSuccess(delivered::add).onFailure(delivered::add));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        handle.cancel();
        assertThat(handle.result().isCancelled()).isTrue();
        for (int k = 0; k < 100 && !tasks.monitor().running().isEmpty(); k++) {
            Thread.sleep(10);
        }
        assertThat(tasks.monitor().running()).isEmpty();
        assertThat(delivered).isEmpty();
    }

    @Test
    void theCurrentThreadExecutorRunsEverythingInline() {
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        List<String> seen = new CopyOnWriteArrayList<>();
        String caller = Thread.currentThread().getName();
        tasks.submit(BackgroundTask.of("Inline", c -> Thread.currentThread().getName()).onSuccess(seen::add));
        assertThat(seen).containsExactly(caller);
        assertThat(tasks.monitor().running()).isEmpty();
    }

    @Test
    void poolThreadsAreNamedDaemons() throws Exception {
        Thread[] seen = new Thread[1];
        pools.single("named").submit(() -> seen[0] = Thread.currentThread()).get(5, TimeUnit.SECONDS);
        assertThat(seen[0].getName()).isEqualTo("studio-named-1");
        assertThat(seen[0].isDaemon()).isTrue();
    }
}
