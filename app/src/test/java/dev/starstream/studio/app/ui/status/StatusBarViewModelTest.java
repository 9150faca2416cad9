package dev.starstream.studio.app.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.concurrent.BackgroundTask;
import dev.starstream.studio.app.concurrent.PoolTaskExecutor;
import dev.starstream.studio.app.concurrent.TaskHandle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {
    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final PoolTaskExecutor tasks = new PoolTaskExecutor(pool, Runnable::run);
    private final StatusBarViewModel vm = new StatusBarViewModel(tasks.monitor(), Runnable::run);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void commandResultsBecomeMessagesWithATone() {
        vm.show(CommandResult.info("Saved score.star"));
        assertThat(vm.messageProperty().get()).isEqualTo("Saved score.star");
        assertThat(vm.toneProperty().get()).isEqualTo("NORMAL");
        vm.show(CommandResult.unavailable("No file is open"));
        assertThat(vm.toneProperty().get()).isEqualTo("WARNING");
        vm.show(CommandResult.failed("disk full"));
        assertThat(vm.toneProperty().get()).isEqualTo("ERROR");
        vm.show(CommandResult.DONE);
        assertThat(vm.messageProperty().get()).isEqualTo("disk full");
    }

    @Test
    void aRunningTaskIsShownWithProgressAndCanBeCancelled() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        TaskHandle<String> handle = tasks.submit(BackgroundTask.of("Checking", context -> {
            context.progress(0.5, "score.star");
            reported.countDown();
            while (true) {
                context.checkCancelled();
                Thread.sleep(5);
            }
        }));
        assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(vm.taskRunningProperty().get()).isTrue();
        assertThat(vm.taskTitleProperty().get()).isEqualTo("Checking: score.star");
        assertThat(vm.taskProgressProperty().get()).isEqualTo(0.5);
        vm.cancelTask();
        assertThat(handle.result()).failsWithin(5, TimeUnit.SECONDS);
        for (int k = 0; k < 250 && vm.taskRunningProperty().get(); k++) {
            Thread.sleep(20);
        }
        assertThat(vm.taskRunningProperty().get()).isFalse();
    }
}
