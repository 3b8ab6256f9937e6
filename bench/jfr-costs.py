#!/usr/bin/env python3
"""Where a server's CPU samples went in a JFR recording: by thread group, by what the stack passes through
(inclusive: a sample counts for every group its stack touches) and the hottest leaf methods.
Usage: bench/jfr-costs.py [--last SECONDS] recording.jfr [more stack patterns as name=regex ...]. --last keeps only
the samples of the recording's last SECONDS (a capacity step's measured window, without the sign-ins before it).
Needs the JDK's `jfr` on PATH."""
import collections
import re
import subprocess
import sys

# What a change costs on its way, in the order a change passes through the server.
GROUPS = [
    ('request: Vaadin RPC handling', r'com\.vaadin\.flow\.server\.communication\.UidlRequestHandler'),
    ('database: Hibernate/JDBC', r'org\.hibernate\.|org\.mariadb\.|org\.h2\.|com\.zaxxer\.hikari'),
    ('board service (org.samskab.board)', r'org\.samskab\.board\.[A-Z]'),
    ('live layer (org.samskab.live)', r'org\.samskab\.live\.'),
    ('Collaboration Engine', r'com\.vaadin\.collaborationengine\.'),
    ('board screen (org.samskab.board.ui)', r'org\.samskab\.board\.ui\.'),
    ('card markup (NoteMarkup, jsoup)', r'org\.samskab\.board\.ui\.NoteMarkup|org\.jsoup\.'),
    ('Vaadin: encoding changes (UidlWriter)', r'com\.vaadin\.flow\.server\.communication\.UidlWriter'),
    ('Vaadin: push (AtmospherePushConnection)', r'com\.vaadin\.flow\.server\.communication\.AtmospherePushConnection'),
    ('Atmosphere: write to sockets', r'org\.atmosphere\.cpr\.DefaultBroadcaster|org\.atmosphere\.websocket'),
    ('Tomcat WebSocket/NIO', r'org\.apache\.tomcat\.websocket|sun\.nio\.ch'),
    ('Spring Security / sign-in', r'org\.springframework\.security'),
    ('BCrypt', r'BCrypt'),
    ('GC/JIT (no Java stack)', r'^$'),
]


def main():
    args = sys.argv[1:]
    last = None
    if args[0] == '--last':
        last = float(args[1])
        args = args[2:]
    path = args[0]
    groups = GROUPS + [tuple(a.split('=', 1)) for a in args[1:]]
    # CPU-time samples (JDK 25, -Dbench.jfr.options="jdk.CPUTimeSample#enabled=true") when there are any: they
    # sample by CPU time used, not by wall clock, so a short burst of work is seen as often as it costs.
    event = 'jdk.CPUTimeSample'
    text = subprocess.run(['jfr', 'print', '--events', event, '--stack-depth', '200', path],
                          capture_output=True, text=True, check=True).stdout
    if event + ' {' not in text:
        event = 'jdk.ExecutionSample'
        text = subprocess.run(['jfr', 'print', '--events', event, '--stack-depth', '200', path],
                              capture_output=True, text=True, check=True).stdout
    samples = []
    for block in text.split(event + ' {')[1:]:
        thread = re.search(r'(?:sampledThread|eventThread) = "([^"]*)"', block)
        frames = re.findall(r'^\s{4}(\S.*?)\s+line:', block, re.M)
        at = re.search(r'startTime = (\d+):(\d+):([\d.]+)', block)
        seconds = int(at.group(1)) * 3600 + int(at.group(2)) * 60 + float(at.group(3)) if at else 0.0
        samples.append((thread.group(1) if thread else '?', frames, seconds))
    if last is not None and samples:
        end = max(t for _, _, t in samples)
        samples = [s for s in samples if s[2] >= end - last]
    samples = [(t, f) for t, f, _ in samples]
    total = len(samples)
    print('%d samples (%s) in %s' % (total, event, path))
    by_thread = collections.Counter(re.sub(r'[-#]?\d+$', '', t) for t, _ in samples)
    print('\nBy thread (numbers dropped):')
    for name, n in by_thread.most_common(12):
        print('  %5.1f %%  %s' % (100.0 * n / total, name))
    print('\nStacks passing through (inclusive; a sample can count for several):')
    for name, pattern in groups:
        rx = re.compile(pattern)
        n = sum(1 for _, frames in samples if any(rx.search(f) for f in frames)) if pattern != '^$' else \
            sum(1 for _, frames in samples if not frames)
        print('  %5.1f %%  %s' % (100.0 * n / total, name))
    leaf = collections.Counter(re.sub(r'\(.*', '', frames[0]) for _, frames in samples if frames)
    print('\nHottest leaf methods:')
    for name, n in leaf.most_common(20):
        print('  %5.1f %%  %s' % (100.0 * n / total, name))
    ours = collections.Counter()
    for _, frames in samples:
        seen = set()
        for f in frames:
            m = re.sub(r'\(.*', '', f)
            if m.startswith('org.samskab.') and m not in seen:
                seen.add(m)
                ours[m] += 1
    print('\nSamskab methods on the stack (inclusive):')
    for name, n in ours.most_common(25):
        print('  %5.1f %%  %s' % (100.0 * n / total, name))


if __name__ == '__main__':
    main()
