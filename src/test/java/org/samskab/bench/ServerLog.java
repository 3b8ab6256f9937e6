package org.samskab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a server's log said during a run: its lines, how many of them were stack-trace frames, the warnings and
 * errors by logger, and the lines of the overload summary ({@code org.samskab.ui.OverloadLog}), so the report shows
 * whether overload reached the log as one line per refusal or as stack traces.
 */
record ServerLog(long lines, long stackFrames, Map<String, Long> warningsByLogger, List<String> overloadLines) {

    private static final Pattern LEVEL = Pattern.compile(
            "\\s(WARN|ERROR)\\s+\\d+\\s+---\\s+(?:\\[[^]]*]\\s*)+(\\S+)");

    static ServerLog read(Path log) throws IOException {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        long frames = all.stream().filter(l -> l.startsWith("\tat ") || l.startsWith("\t... ")).count();
        Map<String, Long> byLogger = new TreeMap<>();
        for (String line : all) {
            Matcher m = LEVEL.matcher(line);
            if (m.find()) {
                byLogger.merge(m.group(1) + " " + m.group(2), 1L, Long::sum);
            }
        }
        List<String> overload = all.stream().filter(l -> l.contains("Overloaded:")).toList();
        return new ServerLog(all.size(), frames, byLogger, overload);
    }
}
