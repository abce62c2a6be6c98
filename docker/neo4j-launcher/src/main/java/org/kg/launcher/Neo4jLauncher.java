package org.kg.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community with its Bolt server on a loopback port, for kg's tests and for
 * users without Docker. Driven by {@code scripts/neo4j-local}; usable on its own:
 *
 * <pre>
 *   printf '%s\n' "$PASSWORD" | java [JVM flags] -cp 'docker/neo4j-launcher/lib/*' \
 *        org.kg.launcher.Neo4jLauncher --password-stdin \
 *        --data .neo4j --port 7687 --pagecache 256m [--host 127.0.0.1] [--ready-file FILE]
 * </pre>
 *
 * Authentication is on: the {@code neo4j} user's password is read from the first line of
 * standard input ({@code --password-stdin}), so it is never on a command line, in a file or in
 * this process's environment (where a query reading {@code /proc/self/environ} could find it),
 * and it is never printed. {@code --no-auth} turns authentication off, and only when asked.
 * {@code LOAD CSV} reads nothing: file URLs are refused, the import folder is an empty
 * {@code import/} in the data folder, and every IP address is blocked for URL imports.
 * {@code --port 0} picks a free port. Once Bolt listens, the launcher prints
 * {@code kg-neo4j ready bolt://HOST:PORT} and, with {@code --ready-file}, writes the URI to that
 * file. SIGTERM (or Ctrl-C) shuts the databases down cleanly.
 */
public final class Neo4jLauncher {

    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(".neo4j");
        String host = "127.0.0.1";
        int port = 7687;
        String pageCache = "256m";
        String txMemory = null;
        Path readyFile = null;
        boolean passwordStdin = false;
        boolean noAuth = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--host" -> host = value(args, ++i, a);
                case "--port" -> port = Integer.parseInt(value(args, ++i, a));
                case "--pagecache" -> pageCache = value(args, ++i, a);
                case "--tx-memory" -> txMemory = value(args, ++i, a);
                case "--ready-file" -> readyFile = Path.of(value(args, ++i, a));
                case "--password-stdin" -> passwordStdin = true;
                case "--no-auth" -> noAuth = true;
                case "-h", "--help" -> {
                    System.out.println("usage: Neo4jLauncher (--password-stdin | --no-auth) [--data DIR] [--host 127.0.0.1]"
                            + " [--port 7687|0] [--pagecache 256m] [--tx-memory SIZE] [--ready-file FILE]");
                    return;
                }
                default -> fail("unknown option " + a + " (try --help)");
            }
        }
        if (port == 0) {
            port = freePort(host);
        }
        if (passwordStdin == noAuth) {
            fail("give --password-stdin (the password on the first line of standard input) or --no-auth");
        }
        String password = passwordStdin ? readPassword() : null;
        boolean auth = password != null;
        Path home = data.toAbsolutePath().normalize();
        Files.createDirectories(home);
        // LOAD CSV may only read from this folder, which kg never writes to, and from no URL at all.
        Path imports = home.resolve("import");
        Files.createDirectories(imports);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, imports)
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache));
        if (txMemory != null) {
            builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.parse(txMemory));
        }
        DatabaseManagementService dbms = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("kg-neo4j stopping");
            try {
                dbms.shutdown();
            } finally {
                stopped.countDown();
                System.out.println("kg-neo4j stopped");
                System.out.flush();
            }
        }, "kg-neo4j-shutdown"));

        if (auth) {
            setPassword(dbms, password);
        }
        // Touch the default database so a client's first query does not race its start.
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        try {
            runFirstStart(db, home);
        } catch (RuntimeException | IOException e) {
            dbms.shutdown();
            fail("the first-start statements in " + home.resolve(FIRST_START) + " failed (the file is kept): " + e.getMessage());
        }

        String uri = "bolt://" + host + ":" + port;
        if (readyFile != null) {
            Path tmp = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
            Files.writeString(tmp, uri + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, readyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.println("kg-neo4j ready " + uri + " (auth " + (auth ? "on, user neo4j" : "off") + ", data " + home + ")");
        System.out.flush();
        stopped.await();
    }

    /** The password: the first line of standard input, at least 8 characters. */
    private static String readPassword() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null || line.length() < 8) {
            fail("--password-stdin: standard input must hold the password (at least 8 characters) on its first line");
        }
        return line;
    }

    /** Give the built-in {@code neo4j} user its password. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            // A restart with the same password: nothing to change.
            if (!msg.contains("Old password and new password cannot be the same")) {
                // Never echo the password; Neo4j's message does not contain it.
                dbms.shutdown();
                fail("could not set the neo4j user's password: " + msg);
            }
        }
    }

    /** Left in the data folder by a bulk import ({@code kg load neo4j --bulk}); run once, then renamed. */
    static final String FIRST_START = "kg-first-start.cypher";
    private static final String REPEAT_MARK = "// kg:repeat";

    /**
     * Run the statements a bulk import left for the first start: fix-ups the importer cannot express,
     * then the constraints and indexes that kg's online load creates. Statements end with {@code ;} at
     * the end of a line; one preceded by {@code // kg:repeat} runs again, each time in its own
     * transaction, until it changes nothing (a fix-up works in bounded batches). Before the launcher
     * reports ready, so kg's clients never meet the database half done; a failure stops the server
     * and keeps the file.
     */
    private static void runFirstStart(GraphDatabaseService db, Path home) throws IOException {
        Path file = home.resolve(FIRST_START);
        if (!Files.isRegularFile(file)) {
            return;
        }
        int ran = 0;
        for (String chunk : Files.readString(file, StandardCharsets.UTF_8).split(";\\s*(\\n|$)")) {
            String statement = chunk.strip();
            if (statement.isEmpty()) {
                continue;
            }
            boolean repeat = statement.startsWith(REPEAT_MARK);
            if (repeat) {
                statement = statement.substring(REPEAT_MARK.length()).strip();
            }
            final String query = statement;
            while (true) {
                boolean changed = db.executeTransactionally(query, Map.of(), result -> {
                    result.accept(row -> true);
                    return result.getQueryStatistics().containsUpdates();
                });
                if (!repeat || !changed) {
                    break;
                }
            }
            ran++;
        }
        Files.move(file, file.resolveSibling(FIRST_START + ".done"), StandardCopyOption.REPLACE_EXISTING);
        System.out.println("kg-neo4j ran " + ran + " first-start statements from " + file);
        System.out.flush();
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            fail(option + " needs a value");
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.println("kg-neo4j: " + message);
        System.exit(2);
    }
}
