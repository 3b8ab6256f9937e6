#!/usr/bin/env python3
"""Who keeps the big arrays of a heap dump alive: for every byte[]/char[] of at least MIN bytes, walks referrers
upwards (first referrer found, a few levels) and prints the chains grouped by class path with their total size.
Usage: bench/heap-paths.py dump.hprof [min_bytes=20000] [levels=10] [owners [links]]: with "owners", chains are
cut after that many links (default 3), so all arrays are summed by what holds them; "... 0 0 count NAME" counts the
instances of the classes whose name contains NAME. Needs only Python 3."""
import collections
import mmap
import struct
import sys

TYPE_SIZES = {2: None, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}  # 2 = object (id size)
PRIM_NAMES = {4: 'boolean', 5: 'char', 6: 'float', 7: 'double', 8: 'byte', 9: 'short', 10: 'int', 11: 'long'}


def main():
    path = sys.argv[1]
    min_bytes = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    levels = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    f = open(path, 'rb')
    m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    end_header = m.find(b'\0')
    id_size = struct.unpack('>I', m[end_header + 1:end_header + 5])[0]
    fmt_id = '>Q' if id_size == 8 else '>I'
    start = end_header + 1 + 4 + 8

    strings = {}
    class_name = {}  # class object id -> name
    classes = {}  # class id -> (super id, [(name, type)])
    segments = []
    pos = start
    size = len(m)
    while pos < size:
        tag = m[pos]
        length = struct.unpack('>I', m[pos + 5:pos + 9])[0]
        body = pos + 9
        if tag == 0x01:
            sid = struct.unpack(fmt_id, m[body:body + id_size])[0]
            strings[sid] = m[body + id_size:body + length].decode('utf-8', 'replace')
        elif tag == 0x02:
            cid = struct.unpack(fmt_id, m[body + 4:body + 4 + id_size])[0]
            nid = struct.unpack(fmt_id, m[body + 8 + id_size:body + 8 + 2 * id_size])[0]
            class_name[cid] = nid
        elif tag in (0x0C, 0x1C):
            segments.append((body, body + length))
        pos = body + length
    class_name = {k: strings.get(v, '?').replace('/', '.') for k, v in class_name.items()}

    def rid(p):
        return struct.unpack(fmt_id, m[p:p + id_size])[0]

    # Pass 1: class dumps, and the big primitive arrays.
    targets = {}  # id -> description
    roots = {}
    prim_sizes = {}

    def walk(visit):
        for seg_start, seg_end in segments:
            p = seg_start
            while p < seg_end:
                sub = m[p]
                p += 1
                if sub == 0xFF:
                    visit('root', p, 'unknown'); p += id_size
                elif sub == 0x01:
                    visit('root', p, 'JNI global'); p += 2 * id_size
                elif sub in (0x02, 0x03):
                    visit('root', p, 'JNI local' if sub == 2 else 'Java frame'); p += id_size + 8
                elif sub == 0x04:
                    visit('root', p, 'native stack'); p += id_size + 4
                elif sub == 0x05:
                    visit('root', p, 'system class'); p += id_size
                elif sub == 0x06:
                    visit('root', p, 'thread block'); p += id_size + 4
                elif sub == 0x07:
                    visit('root', p, 'monitor'); p += id_size
                elif sub == 0x08:
                    visit('root', p, 'thread'); p += id_size + 8
                elif sub == 0x20:
                    cid = rid(p)
                    sup = rid(p + 4 + id_size)
                    q = p + 4 + 7 * id_size + 4
                    cp = struct.unpack('>H', m[q:q + 2])[0]; q += 2
                    for _ in range(cp):
                        t = m[q + 2]
                        q += 3 + (id_size if t == 2 else TYPE_SIZES[t])
                    statics_at = q
                    sc = struct.unpack('>H', m[q:q + 2])[0]; q += 2
                    statics = []
                    for _ in range(sc):
                        nid = rid(q); t = m[q + id_size]
                        if t == 2:
                            statics.append((strings.get(nid, '?'), q + id_size + 1))
                        q += id_size + 1 + (id_size if t == 2 else TYPE_SIZES[t])
                    fc = struct.unpack('>H', m[q:q + 2])[0]; q += 2
                    fields = []
                    for _ in range(fc):
                        nid = rid(q); t = m[q + id_size]
                        fields.append((strings.get(nid, '?'), t))
                        q += id_size + 1
                    visit('class', p, (cid, sup, fields, statics))
                    p = q
                elif sub == 0x21:
                    n = struct.unpack('>I', m[p + 2 * id_size + 4:p + 2 * id_size + 8])[0]
                    visit('instance', p, n)
                    p += 2 * id_size + 8 + n
                elif sub == 0x22:
                    n = struct.unpack('>I', m[p + id_size + 4:p + id_size + 8])[0]
                    visit('objarray', p, n)
                    p += 2 * id_size + 8 + n * id_size
                elif sub == 0x23:
                    n = struct.unpack('>I', m[p + id_size + 4:p + id_size + 8])[0]
                    t = m[p + id_size + 8]
                    visit('primarray', p, (n, t))
                    p += id_size + 9 + n * TYPE_SIZES[t]
                else:
                    raise ValueError('unknown sub-record %x at %d' % (sub, p))

    def pass1(kind, p, extra):
        if kind == 'class':
            cid, sup, fields, statics = extra
            classes[cid] = (sup, fields, statics)
        elif kind == 'primarray':
            n, t = extra
            if n * TYPE_SIZES[t] >= min_bytes:
                targets[rid(p)] = (PRIM_NAMES[t] + '[]', n * TYPE_SIZES[t])
        elif kind == 'root':
            roots[rid(p)] = extra

    walk(pass1)
    if len(sys.argv) > 4 and sys.argv[4] == 'count':
        wanted = {cid for cid, name in class_name.items() if sys.argv[5] in name}
        counts = collections.Counter()

        def count(kind, p, extra):
            if kind == 'instance':
                cid = rid(p + 4 + id_size)
                if cid in wanted:
                    counts[class_name[cid]] += 1

        walk(count)
        for name, n in counts.most_common():
            print('%8d %s' % (n, name))
        return

    # Reference field offsets per class, super classes included.
    offsets = {}

    def ref_offsets(cid):
        if cid in offsets:
            return offsets[cid]
        result = []
        off = 0
        c = cid
        while c and c in classes:
            sup, fields, _ = classes[c]
            for name, t in fields:
                if t == 2:
                    result.append((off, name, c))
                off += id_size if t == 2 else TYPE_SIZES[t]
            c = sup
        offsets[cid] = result
        return result

    parent = {}  # object id -> (referrer id, referrer description, field)
    frontier = set(targets)
    obj_class = {}
    for level in range(levels):
        found = {}

        def passn(kind, p, extra):
            if kind == 'instance':
                oid = rid(p)
                cid = rid(p + 4 + id_size)
                data = p + 2 * id_size + 8
                for off, name, _ in ref_offsets(cid):
                    ref = rid(data + off)
                    if ref in frontier and ref not in found:
                        found[ref] = (oid, class_name.get(cid, '?'), name)
            elif kind == 'objarray':
                oid = rid(p)
                n = extra
                cid = rid(p + id_size + 8)
                data = p + 2 * id_size + 8
                for i in range(n):
                    ref = rid(data + i * id_size)
                    if ref in frontier and ref not in found:
                        found[ref] = (oid, class_name.get(cid, '?'), '[]')
            elif kind == 'class':
                cid = extra[0]
                for name, at in extra[3]:
                    ref = rid(at)
                    if ref in frontier and ref not in found:
                        found[ref] = (cid, 'static ' + class_name.get(cid, '?'), name)

        walk(passn)
        parent.update(found)
        frontier = {v[0] for v in found.values() if v[0] not in parent and v[0] not in targets}
        print('level %d: %d referrers found, %d new' % (level + 1, len(found), len(frontier)), file=sys.stderr)
        if not frontier:
            break

    groups = collections.defaultdict(lambda: [0, 0])
    for tid, (desc, nbytes) in targets.items():
        chain = [desc]
        o = tid
        seen = set()
        while o in parent and o not in seen:
            seen.add(o)
            ref, cls, field = parent[o]
            chain.append('%s.%s' % (cls, field))
            o = ref
        if o in roots:
            chain.append('(root: %s)' % roots[o])
        if len(sys.argv) > 4 and sys.argv[4] == 'owners':
            chain = chain[:int(sys.argv[5]) if len(sys.argv) > 5 else 3]
        key = ' <- '.join(chain)
        groups[key][0] += 1
        groups[key][1] += nbytes
    total = sum(v[1] for v in groups.values())
    print('%d arrays of at least %d bytes, %.1f MB in all' % (len(targets), min_bytes, total / 1048576))
    for key, (count, nbytes) in sorted(groups.items(), key=lambda kv: -kv[1][1])[:15]:
        print('%6d arrays %8.1f MB  %s' % (count, nbytes / 1048576, key))


if __name__ == '__main__':
    main()
