package io.drillbook.core.inventory;

import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;
import io.drillbook.core.work.Schedulers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Refreshes each scheduled source on its own interval while started; owns its one scheduler
 * thread. The console starts it when its window opens and stops it when it closes.
 */
public final class RefreshSchedule implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(RefreshSchedule.class);

    private final InventoryRefresher refresher;
    private final ScheduledExecutorService scheduler;
    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();
    private final CancellationToken cancel = new CancellationToken();

    public RefreshSchedule(InventoryRefresher refresher) {
        this.refresher = refresher;
        this.scheduler = Schedulers.daemon("drillbook-inventory-refresh");
    }

    /** (Re)reads the sources and schedules those with an interval; call again after sources change. */
    public synchronized void start() {
        scheduled.forEach(f -> f.cancel(false));
        scheduled.clear();
        for (RefreshSource source : refresher.sources().all()) {
            if (source.scheduled()) {
                long every = Math.max(1, source.interval().toMillis());
                scheduled.add(scheduler.scheduleWithFixedDelay(() -> run(source.name()), every, every, TimeUnit.MILLISECONDS));
            }
        }
        LOGGER.info("Inventory refresh: {} scheduled source(s)", scheduled.size());
    }

    private void run(String name) {
        try {
            refresher.refresh(name, ProgressListener.NONE, cancel);
        } catch (RuntimeException e) {
            LOGGER.warn("Scheduled refresh of {} could not run", name, e);
        }
    }

    public synchronized int scheduledCount() {
        return scheduled.size();
    }

    /** Stops scheduling and cancels a refresh under way. */
    @Override
    public synchronized void close() {
        cancel.cancel();
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
