package org.corpex.solr;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.corpex.base.CorpexException;

/**
 * One {@code corpex index --to} at a time into a collection, as one build at a time of an index on disk: a record in
 * the collection, added only if absent (Solr's optimistic concurrency, checked against its update log, so two runs
 * started together cannot both win). Its holder refreshes it every minute; a record not refreshed for {@link #STALE}
 * (its run was killed) is taken over. A second run refuses at once, in one line that says who holds the collection and
 * since when.
 */
final class BuildLock implements AutoCloseable {
    static final String LOCK_ID = "_corpex_build_lock";
    static final Duration STALE = Duration.ofMinutes(5);

    private final SolrConnection solr;
    private final ScheduledExecutorService beat;
    private final String holder;
    private final Instant since;

    private BuildLock(SolrConnection solr, String holder, Instant since) {
        this.solr = solr;
        this.holder = holder;
        this.since = since;
        this.beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "corpex-solr-lock");
            t.setDaemon(true);
            return t;
        });
        beat.scheduleWithFixedDelay(
                () -> {
                    try {
                        write(solr, holder, since, null);
                    } catch (RuntimeException e) {
                        // the build's own requests will say what is wrong with the cluster
                    }
                },
                60,
                60,
                TimeUnit.SECONDS);
    }

    static BuildLock acquire(SolrConnection solr) {
        String holder = "pid " + ProcessHandle.current().pid() + " on " + host();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try {
            write(solr, holder, now, -1L); // -1: only if no such record exists
            return new BuildLock(solr, holder, now);
        } catch (Conflict c) {
            SolrDocument held =
                    solr.call("reading the build lock", client -> client.getById(solr.address.collection(), LOCK_ID));
            if (held == null) return acquire(solr); // released between the two requests
            String[] parts =
                    String.valueOf(held.getFieldValue(SolrLayout.STATE)).split("\n", -1);
            String who = parts.length > 0 ? parts[0] : "?";
            Instant started = parts.length > 1 ? parse(parts[1]) : null;
            Instant beat = parts.length > 2 ? parse(parts[2]) : null;
            if (beat != null && beat.plus(STALE).isBefore(Instant.now())) {
                // Its run is gone (killed, or its machine): take it over, if no one else did just now.
                Object version = held.getFieldValue("_version_");
                try {
                    write(solr, holder, now, version instanceof Number n ? n.longValue() : 1L);
                    return new BuildLock(solr, holder, now);
                } catch (Conflict again) {
                    // another run took it first: refuse, as below
                }
            }
            throw new CorpexException(solr.address + ": another 'corpex index --to' is writing into this collection ("
                    + who + (started == null ? "" : ", since " + started)
                    + "); wait for it to finish (nothing was written)");
        }
    }

    /** Refused because the record's version was not the one expected. */
    private static final class Conflict extends RuntimeException {
        Conflict() {
            super(null, null, false, false);
        }
    }

    private static void write(SolrConnection solr, String holder, Instant since, Long version) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(SolrLayout.ID, LOCK_ID);
        d.setField(SolrLayout.KIND, SolrLayout.KIND_META);
        d.setField(
                SolrLayout.STATE, holder + "\n" + since + "\n" + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        if (version != null) d.setField("_version_", version);
        try {
            solr.client().add(solr.address.collection(), d);
        } catch (SolrException e) {
            if (e.code() == 409) throw new Conflict();
            throw solr.failure("taking the build lock", e);
        } catch (SolrServerException | IOException e) {
            if (e.getCause() instanceof SolrException se && se.code() == 409) throw new Conflict();
            throw solr.failure("taking the build lock", e);
        }
    }

    private static Instant parse(String s) {
        try {
            return Instant.parse(s.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this machine";
        }
    }

    @Override
    public void close() {
        beat.shutdownNow();
        try {
            solr.call("releasing the build lock", c -> c.deleteById(solr.address.collection(), LOCK_ID));
            solr.call("committing", c -> c.commit(solr.address.collection(), true, true));
        } catch (CorpexException e) {
            // unreachable now: the record goes stale and the next run takes it over
        }
    }
}
