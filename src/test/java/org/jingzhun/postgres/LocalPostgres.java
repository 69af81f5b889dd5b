package org.jingzhun.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server of the machine's own installation (Debian's postgresql package, which .ci/run
 * installs): a fresh cluster in a temporary directory on a free port, stopped when the JVM exits. Under root the
 * server runs as the postgres user, as PostgreSQL requires.
 */
final class LocalPostgres {

    private static LocalPostgres running;

    private final Path bin;

    private final Path dir;

    private final int port;

    private LocalPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    static Optional<Path> installation() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("pg_ctl")) && Files.isExecutable(b.resolve("initdb")))
                .max(Comparator.comparing(Path::toString));
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

    static synchronized LocalPostgres start() throws IOException, InterruptedException {
        if (running != null) {
            return running;
        }
        Path bin = installation().orElseThrow(() -> new IllegalStateException("PostgreSQL is not installed"));
        Path dir = Files.createTempDirectory("jingzhun-pg-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        LocalPostgres postgres = new LocalPostgres(bin, dir, port);
        if (isRoot()) {
            run(List.of("chown", "postgres", dir.toString()));
        }
        postgres.as(bin.resolve("initdb"), "-D", dir.resolve("data").toString(), "-U", "jingzhun", "--auth=trust",
                "-E", "UTF8", "--locale=C");
        postgres.as(bin.resolve("pg_ctl"), "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "-w", "start");
        postgres.as(bin.resolve("createdb"), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "jingzhun",
                "jingzhun");
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop));
        running = postgres;
        return postgres;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/jingzhun";
    }

    private void stop() {
        try {
            as(bin.resolve("pg_ctl"), "-D", dir.resolve("data").toString(), "-m", "immediate", "stop");
        }
        catch (IOException | InterruptedException | IllegalStateException e) {
            // the JVM is exiting; the temporary directory goes with the machine's /tmp cleaning
        }
    }

    private void as(Path command, String... args) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (isRoot()) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.add(command.toString());
        line.addAll(List.of(args));
        run(line);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

}
