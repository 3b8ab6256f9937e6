package org.samskab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 17's two-server run (docs/adr/0207): two production jars on this machine, on one MariaDB, their Hazelcast
 * members on loopback. A note written through server one reaches screens split between both servers (every other
 * one on server two); then, on fresh servers, the capacity ramp with participants split the same way, held
 * against one server's ramp of the same run.
 */
final class TwoServers {

    /** The ramp for two servers: one server's steps, and on past them towards twice its last. */
    static final List<Integer> EXTRA_STEPS = List.of(600, 700, 800);

    private TwoServers() {
    }

    static List<Integer> steps(List<Integer> oneServer) {
        List<Integer> steps = new ArrayList<>(oneServer);
        EXTRA_STEPS.stream().filter(n -> n > oneServer.getLast() && n <= 2 * oneServer.getLast())
                .forEach(steps::add);
        return steps;
    }

    static void run(FullBenchmarkIT.Database database, List<String> serverArgs, int screens, int texts,
            List<Integer> capacitySteps, long board, long capacityBoard, long capacityWarmUpBoard, long warmUpBoard,
            FullBenchmarkIT.Results results) throws Exception {
        Path out = FullBenchmarkIT.OUT;
        try (Pair servers = Pair.start(database, serverArgs, out.resolve("two-servers-propagation"))) {
            Target onOne = database.board(servers.one(), board);
            Target onTwo = database.board(servers.two(), board);
            // Server two draws what it receives for its own screens: warm its JIT with notes of its own first.
            Propagation.run(database.board(servers.two(), warmUpBoard), new Propagation.JitWarmUp(
                    database.board(servers.two(), warmUpBoard), Propagation.JitWarmUp.DEFAULT_TEXTS), 5, 5,
                    servers.two().handle(), System.out);
            results.twoServersWriter = onOne.base();
            results.twoServersPropagation = Propagation.run(onOne, new Propagation.JitWarmUp(database.board(
                    servers.one(), warmUpBoard), Propagation.JitWarmUp.DEFAULT_TEXTS), screens, texts,
                    servers.one().handle(), System.out, Propagation.Around.NOTHING,
                    new Propagation.NoteSender(screens), user -> user % 2 == 0 ? onOne : onTwo);
        }
        try (Pair servers = Pair.start(database, serverArgs, out.resolve("two-servers-capacity"))) {
            servers.one().pinTo(0);
            servers.two().pinTo(1);
            Target onOne = database.board(servers.one(), capacityBoard);
            Target onTwo = database.board(servers.two(), capacityBoard);
            // Both JVMs compile before the ramp, as one server's does before its own (Capacity.warmUp).
            Target warmOne = database.board(servers.one(), capacityWarmUpBoard);
            Target warmTwo = database.board(servers.two(), capacityWarmUpBoard);
            Capacity.warmUp(warmOne, BenchSeeder.COORDINATOR, List.of(servers.one().handle(), servers.two().handle()),
                    System.out, user -> user % 2 == 0 ? warmOne : warmTwo);
            results.twoServersCapacity = Capacity.run(onOne, BenchSeeder.COORDINATOR, steps(capacitySteps),
                    List.of(servers.one().handle(), servers.two().handle()), System.out,
                    user -> user % 2 == 0 ? onOne : onTwo);
        }
    }

    /** Two servers of one cluster, each with a search index of its own (a copy of the database's). */
    private record Pair(BenchServer one, BenchServer two) implements AutoCloseable {

        static Pair start(FullBenchmarkIT.Database database, List<String> serverArgs, Path logs) throws Exception {
            int portOne = BenchServer.freePort();
            int portTwo = BenchServer.freePort();
            String members = "127.0.0.1:" + portOne + ",127.0.0.1:" + portTwo;
            Path index = BenchServer.searchIndex(database.mariaDbName());
            Path secondIndex = logs.resolveSibling(logs.getFileName() + "-index").toAbsolutePath();
            copy(index, secondIndex);
            BenchServer one = BenchServer.samskab(FullBenchmarkIT.JAR, database.mariaDbName(), args(serverArgs,
                    members, portOne, index), Path.of(logs + "-one.log"));
            try {
                return new Pair(one, BenchServer.samskab(FullBenchmarkIT.JAR, database.mariaDbName(), args(
                        serverArgs, members, portTwo, secondIndex), Path.of(logs + "-two.log")));
            } catch (Exception e) {
                one.close();
                throw e;
            }
        }

        private static List<String> args(List<String> serverArgs, String members, int port, Path index) {
            List<String> args = new ArrayList<>(serverArgs);
            args.addAll(List.of("--samskab.cluster.members=" + members, "--samskab.cluster.port=" + port,
                    "--samskab.cluster.interface=127.0.0.1",
                    "--spring.jpa.properties.hibernate.search.backend.directory.root=" + index));
            return args;
        }

        @Override
        public void close() {
            try {
                two.close();
            } finally {
                one.close();
            }
        }
    }

    /** Copies a search index directory (none there: nothing to copy, the server builds its own). */
    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
