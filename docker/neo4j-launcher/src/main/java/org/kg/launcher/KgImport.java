package org.kg.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.os.OsBeanUtil;
import org.neo4j.io.pagecache.ExternallyManagedPageCache;
import org.neo4j.io.pagecache.PageCache;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.DatabaseFlushEvent;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.pagecache.ConfiguringPageCacheFactory;
import org.neo4j.logging.InternalLogProvider;
import org.neo4j.logging.internal.LogService;
import org.neo4j.memory.MemoryPools;
import org.neo4j.memory.MemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.time.Clocks;
import picocli.CommandLine;

/**
 * {@code neo4j-admin database import full}, as kg's bulk load runs it ({@code scripts/neo4j-local import}):
 * the very command of {@code org.neo4j:neo4j-import-tool} (same options, same checks, same store), with one
 * setting of the importer that the command line does not offer.
 *
 * <p>While nodes and relationships are imported, the importer runs a background thread that flushes and
 * forces the whole page cache in a loop with no pause between rounds ({@code
 * Configuration.sequentialBackgroundFlushing()}, on by default, with no setting or option to change it):
 * each round hands every store file to a file I/O helper thread ({@code neo4j.FileIOHelper}), which writes
 * the file's dirty pages and {@code fsync}s it. On a machine with idle cores that loop spins as fast as the
 * helpers finish: a quarter of the import's CPU time in the quiet 4M-row runs (docs/neo4j.md).
 * {@code --kg-flush=off} turns that thread off (pages are written at the end of each stage, when the
 * importer flushes and forces every store file anyway, or when evicted); {@code --kg-flush=1000ms} flushes
 * once per interval instead, from a page cache made here the way the importer makes its own;
 * {@code --kg-flush=loop} (the default) leaves the importer as it is. The store written is the same in
 * every mode (tests/neo4j/test_neo4j_bulk.py). On a busy machine neither off nor an interval paid
 * (docs/neo4j.md): the option is there to measure them on a quiet one.
 *
 * <pre>
 *   NEO4J_HOME=DATA NEO4J_CONF=DATA/conf java -cp 'docker/neo4j-launcher/lib/*' org.kg.launcher.KgImport \
 *        [--kg-flush=loop|off|1000ms] IMPORT-FULL-ARGS...
 * </pre>
 *
 * The exit status is the command's (0 on success).
 */
public final class KgImport {
    /** The importer's own bound on its page cache (BatchingNeoStores). */
    static final long MAX_PAGE_CACHE = 1L << 30;
    static final String DEFAULT_FLUSH = "loop";

    private KgImport() {}

    /** How the store is written out while nodes and relationships are imported. */
    record Flushing(boolean neo4jLoop, long intervalMillis) {
        static Flushing parse(String value) {
            if (value.equals("loop")) {
                return new Flushing(true, 0);
            }
            if (value.equals("off")) {
                return new Flushing(false, 0);
            }
            if (value.endsWith("ms")) {
                try {
                    long ms = Long.parseLong(value.substring(0, value.length() - 2));
                    if (ms > 0) {
                        return new Flushing(false, ms);
                    }
                } catch (NumberFormatException e) {
                    // falls through to the error below
                }
            }
            throw new IllegalArgumentException("--kg-flush takes loop, off or an interval such as 1000ms, not " + value);
        }
    }

    /** The import command with the importer's background flushing set by kg. */
    @CommandLine.Command(name = "full")
    static final class Full extends ImportCommand.Full {
        private final Flushing flushing;

        Full(ExecutionContext ctx, Flushing flushing) {
            super(ctx);
            this.flushing = flushing;
        }

        @Override
        protected void doImport(FileSystemAbstraction fs, DatabaseLayout layout, Config config,
                JobScheduler scheduler, InternalLogProvider logProvider, PageCacheTracer tracer,
                CursorContextFactory contextFactory, Configuration importConfig, LogService logService,
                PrintStream out, PrintStream err, boolean verbose, Collector collector, MemoryTracker memoryTracker,
                Input input) throws IOException {
            if (flushing.neo4jLoop()) {
                super.doImport(fs, layout, config, scheduler, logProvider, tracer, contextFactory, importConfig,
                        logService, out, err, verbose, collector, memoryTracker, input);
                return;
            }
            if (flushing.intervalMillis() == 0) {
                Configuration noLoop = new WithoutFlusherLoop(importConfig, null);
                super.doImport(fs, layout, config, scheduler, logProvider, tracer, contextFactory, noLoop,
                        logService, out, err, verbose, collector, memoryTracker, input);
                return;
            }
            // The page cache the importer would make for itself (the same size: the configured one or the free
            // memory, at most 1 GiB; no eviction thread, no preallocation), made here so that kg's flusher can
            // reach it; the importer uses a provided page cache as it is and leaves closing it to its owner.
            Long configured = config.get(GraphDatabaseSettings.pagecache_memory);
            long free = OsBeanUtil.getFreePhysicalMemory();
            long size = configured != null ? Math.min(MAX_PAGE_CACHE, configured)
                    : free > 0 && free < Long.MAX_VALUE ? Math.min(MAX_PAGE_CACHE, free) : MAX_PAGE_CACHE;
            config.set(GraphDatabaseSettings.pagecache_memory, size);
            config.set(GraphDatabaseSettings.preallocate_store_files, false);
            ConfiguringPageCacheFactory factory = new ConfiguringPageCacheFactory(fs, config, tracer,
                    logProvider.getLog(KgImport.class), scheduler, Clocks.nanoClock(), new MemoryPools(),
                    c -> c.faultLockStriping(2048).disableEvictionThread());
            PageCache pageCache = factory.getOrCreatePageCache();
            ExternallyManagedPageCache provided = new ExternallyManagedPageCache(pageCache);
            Configuration paced = new WithoutFlusherLoop(importConfig, provided);
            PacedFlusher flusher = new PacedFlusher(pageCache, flushing.intervalMillis());
            flusher.start();
            try {
                super.doImport(fs, layout, config, scheduler, logProvider, tracer, contextFactory, paced, logService,
                        out, err, verbose, collector, memoryTracker, input);
            } finally {
                flusher.halt();
                pageCache.close();
            }
            flusher.rethrow();
        }
    }

    /**
     * The command's import configuration, every value as it is (its --threads, --max-off-heap-memory,
     * --high-parallel-io, --strict ...), but without the importer's flusher loop and, if given, with a page
     * cache made by kg.
     */
    static final class WithoutFlusherLoop implements Configuration {
        private final Configuration base;
        private final ExternallyManagedPageCache provided;

        WithoutFlusherLoop(Configuration base, ExternallyManagedPageCache provided) {
            this.base = base;
            this.provided = provided;
        }

        @Override public boolean sequentialBackgroundFlushing() { return false; }
        @Override public ExternallyManagedPageCache providedPageCache() { return provided != null ? provided : base.providedPageCache(); }
        @Override public int batchSize() { return base.batchSize(); }
        @Override public int movingAverageSize() { return base.movingAverageSize(); }
        @Override public int maxNumberOfWorkerThreads() { return base.maxNumberOfWorkerThreads(); }
        @Override public int maxQueueSize() { return base.maxQueueSize(); }
        @Override public long maxOffHeapMemory() { return base.maxOffHeapMemory(); }
        @Override public boolean parallelRecordWrites() { return base.parallelRecordWrites(); }
        @Override public boolean parallelRecordReads() { return base.parallelRecordReads(); }
        @Override public boolean highIO() { return base.highIO(); }
        @Override public boolean strictNodeCheck() { return base.strictNodeCheck(); }
        @Override public IndexConfig indexConfig() { return base.indexConfig(); }
        @Override public boolean defragmentInternalStores() { return base.defragmentInternalStores(); }
        @Override public int forcedNumberOfNodeIdRanges() { return base.forcedNumberOfNodeIdRanges(); }
    }

    /**
     * Flushes and forces the page cache once per interval (the importer's own flusher does it in a loop with no
     * pause), so the store files reach the disk while the import runs and the flushes at the end of each stage
     * find little left to write, at a small, bounded CPU cost.
     */
    static final class PacedFlusher extends Thread {
        private final PageCache pageCache;
        private final long intervalMillis;
        private final CountDownLatch halted = new CountDownLatch(1);
        private volatile Throwable error;

        PacedFlusher(PageCache pageCache, long intervalMillis) {
            super("kg-PacedFlusher");
            setDaemon(true);
            this.pageCache = pageCache;
            this.intervalMillis = intervalMillis;
        }

        @Override
        public void run() {
            try {
                while (!halted.await(intervalMillis, TimeUnit.MILLISECONDS)) {
                    pageCache.flushAndForce(DatabaseFlushEvent.NULL);
                }
            } catch (Throwable t) {
                error = t;
            }
        }

        void halt() {
            halted.countDown();
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void rethrow() throws IOException {
            if (error instanceof IOException e) {
                throw e;
            }
            if (error != null) {
                throw new IOException("kg's page cache flusher failed", error);
            }
        }
    }

    public static void main(String[] args) {
        Flushing flushing = Flushing.parse(DEFAULT_FLUSH);
        int first = 0;
        while (first < args.length && args[first].startsWith("--kg-flush=")) {
            try {
                flushing = Flushing.parse(args[first].substring("--kg-flush=".length()));
            } catch (IllegalArgumentException e) {
                System.err.println("KgImport: " + e.getMessage());
                System.exit(2);
            }
            first++;
        }
        String[] rest = Arrays.copyOfRange(args, first, args.length);
        String home = System.getenv("NEO4J_HOME");
        if (home == null || home.isEmpty()) {
            System.err.println("KgImport: set NEO4J_HOME to the data folder (scripts/neo4j-local import does)");
            System.exit(2);
        }
        Path homeDir = Path.of(home).toAbsolutePath().normalize();
        String conf = System.getenv("NEO4J_CONF");
        Path confDir = conf == null || conf.isEmpty() ? homeDir.resolve("conf") : Path.of(conf).toAbsolutePath().normalize();
        ExecutionContext ctx = new ExecutionContext(homeDir, confDir);
        CommandLine cli = new CommandLine(new Full(ctx, flushing))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpWidth(120);
        System.exit(cli.execute(rest));
    }
}
