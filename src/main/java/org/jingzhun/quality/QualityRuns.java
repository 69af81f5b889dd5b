package org.jingzhun.quality;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.jingzhun.system.NotFoundException;
import org.jingzhun.system.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts and executes runs. Runs go one at a time through a single background thread (two runs over the same
 * households must not both open a finding); each village is checked in its own transaction and adds to the run's
 * counters, so the run page shows progress and a failure keeps the villages done so far. With
 * jingzhun.quality.background=false (tests) a run executes in the caller's thread.
 */
@Component
public class QualityRuns {

    private static final Logger LOG = LoggerFactory.getLogger(QualityRuns.class);

    static final String NIGHTLY_CRON = "${jingzhun.quality.nightly-cron:0 30 2 * * *}";

    static final String SYSTEM = "system";

    private final QualityRunStore runs;

    private final QualityService service;

    private final NamedParameterJdbcTemplate jdbc;

    private final TransactionTemplate transaction;

    private final Today today;

    private final boolean background;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "quality-run");
        thread.setDaemon(true);
        return thread;
    });

    QualityRuns(QualityRunStore runs, QualityService service, NamedParameterJdbcTemplate jdbc,
            PlatformTransactionManager transactions, Today today,
            @Value("${jingzhun.quality.background:true}") boolean background) {
        this.runs = runs;
        this.service = service;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.today = today;
        this.background = background;
    }

    /** Queues a run over the area (null: every area) and returns its id at once, unless runs are synchronous. */
    public long start(String scopeCode, String prefix, String kind, String actor) {
        long id = runs.create(scopeCode, prefix, kind, actor, today.now());
        if (background) {
            executor.submit(() -> execute(id));
        } else {
            execute(id);
        }
        return id;
    }

    /** Nightly over all areas, Beijing time; "-" in jingzhun.quality.nightly-cron switches it off. */
    @Scheduled(cron = NIGHTLY_CRON, zone = "Asia/Shanghai")
    public void nightly() {
        start(null, "", QualityRun.NIGHTLY, SYSTEM);
    }

    /** Runs the queued run to its end in this thread. */
    public void execute(long runId) {
        QualityRun run = runs.find(runId).orElseThrow(() -> new NotFoundException("quality run " + runId));
        try {
            List<Map<String, Object>> villages = jdbc.queryForList("""
                    select h.village_code, count(*) as households from household h
                     where h.village_code like :prefix and h.status <> 'REJECTED'
                     group by h.village_code order by h.village_code
                    """, Map.of("prefix", run.scopePrefix() + "%"));
            runs.started(runId, villages.stream().mapToInt(v -> ((Number) v.get("households")).intValue()).sum());
            for (Map<String, Object> village : villages) {
                String code = village.get("village_code").toString();
                int households = ((Number) village.get("households")).intValue();
                transaction.executeWithoutResult(status -> {
                    QualityService.Reconciled result = service.reconcile(RuleScope.area(code), runId);
                    runs.progressed(runId, households, result.opened(), result.closed());
                });
            }
            runs.finished(runId, "DONE", null, today.now());
        } catch (RuntimeException e) {
            LOG.error("Data-quality run {} failed", runId, e);
            runs.finished(runId, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage(), today.now());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
