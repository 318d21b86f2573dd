/**
 * Aho-Corasick multi-pattern matcher over UTF-16 code units, compiled into flat
 * typed arrays so that a scan costs about the same whatever the number of patterns
 * (one big regular expression of names collapses past a few thousand aliases).
 */
/** Whether pattern `id` requires a word boundary at each end that is a Latin letter or digit (CJK needs none). */
export type NeedsBoundary = (id: number) => boolean;

export type HitHandler = (start: number, end: number, pattern: number) => void;

function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export class Automaton {
  private constructor(
    private readonly rootGoto: Int32Array,
    private readonly rootGotoInWord: Int32Array,
    private readonly childStart: Int32Array,
    private readonly labels: Uint16Array,
    private readonly fail: Int32Array,
    private readonly outFirst: Int32Array,
    private readonly outNext: Int32Array,
    private readonly dictLink: Int32Array,
    private readonly patternLength: Int32Array,
    private readonly checkStart: Uint8Array,
    private readonly checkEnd: Uint8Array,
    readonly size: number,
  ) {}

  /**
   * Builds the trie from the patterns in sorted order, level by level, straight into typed arrays. The
   * nodes of depth d + 1 are made from the patterns longer than d, in sorted order: a pattern makes a new
   * node unless it shares its first d + 1 units with the one before it. So node ids are breadth-first, the
   * children of a node are consecutive nodes in ascending label order, and node n's children are the nodes
   * childStart[n] + 1 to childStart[n + 1] (slot s holds node s + 1): no array of targets, no map of edges
   * (at 100,000 aliases one cost over 100 MB while building), and no per-node array built only to be dropped.
   * Pattern ids are indexes into `texts`, which is read only here (no array of pattern objects beside it).
   */
  static build(texts: readonly string[], needsBoundary: NeedsBoundary = () => true): Automaton {
    const count = texts.length;
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => {
      const x = texts[a]!;
      const y = texts[b]!;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    // The prefix each pattern shares with the one before it in sorted order, and from it the number of nodes.
    const shared = new Int32Array(count);
    // The sorted patterns' lengths: a level's loop reads a pattern's text only to make a node from it.
    const lengthOf = new Int32Array(count);
    let nodeCount = 1;
    for (let k = 0; k < count; k++) {
      const text = texts[order[k]!]!;
      lengthOf[k] = text.length;
      if (k > 0) {
        const prev = texts[order[k - 1]!]!;
        const limit = Math.min(prev.length, text.length);
        let l = 0;
        while (l < limit && prev.charCodeAt(l) === text.charCodeAt(l)) l++;
        shared[k] = l;
      }
      nodeCount += text.length - shared[k]!;
    }

    // 1. Trie, level by level. at[k] is the node the k-th pattern has reached so far (its prefix of depth d).
    // Each level reads only the patterns longer than it (`live`, in sorted order), each with the prefix it shares
    // with the live pattern before it (the least of what it shares with those dropped in between).
    const at = new Int32Array(count);
    const childStart = new Int32Array(nodeCount + 1);
    const labels = new Uint16Array(Math.max(0, nodeCount - 1));
    const live = Int32Array.from({ length: count }, (_, k) => k);
    const liveShared = shared.slice();
    let liveCount = count;
    let made = 1;
    // Parents get their children in ascending order: every node up to a new child's parent starts its run there.
    let started = 0;
    for (let d = 0; liveCount > 0; d++) {
      let kept = 0;
      let carried = Infinity;
      for (let i = 0; i < liveCount; i++) {
        const k = live[i]!;
        const common = Math.min(carried, liveShared[i]!);
        if (lengthOf[k]! <= d) {
          carried = common;
          continue;
        }
        if (kept > 0 && common > d) at[k] = at[live[kept - 1]!]!;
        else {
          const parent = at[k]!;
          const node = made++;
          while (started < parent) childStart[++started] = node - 1;
          labels[node - 1] = texts[order[k]!]!.charCodeAt(d);
          at[k] = node;
        }
        live[kept] = k;
        liveShared[kept] = common;
        kept++;
        carried = Infinity;
      }
      liveCount = kept;
    }
    while (started < nodeCount) childStart[++started] = nodeCount - 1;

    const rootGoto = new Int32Array(65536);
    for (let s = childStart[0]!, e = childStart[1]!; s < e; s++) rootGoto[labels[s]!] = s + 1;
    // Inside a word no pattern that needs a word boundary at its start can start: its first unit is not entered
    // from the root there ("in" inside "thinking"), unless some pattern starting with that unit needs none.
    const rootGotoInWord = rootGoto.slice();
    for (let c = 0; c < 65536; c++) if (rootGoto[c] && isWordUnit(c)) rootGotoInWord[c] = 0;
    for (let id = 0; id < count; id++) if (!needsBoundary(id) && texts[id]!.length) rootGotoInWord[texts[id]!.charCodeAt(0)] = rootGoto[texts[id]!.charCodeAt(0)]!;

    // 2. Outputs: patterns ending at each node, as linked lists.
    const outFirst = new Int32Array(nodeCount).fill(-1);
    const outNext = new Int32Array(count).fill(-1);
    const patternLength = new Int32Array(count);
    const checkStart = new Uint8Array(count);
    const checkEnd = new Uint8Array(count);
    for (let k = 0; k < count; k++) {
      const id = order[k]!;
      const text = texts[id]!;
      const node = at[k]!;
      outNext[id] = outFirst[node]!;
      outFirst[node] = id;
      patternLength[id] = text.length;
      if (needsBoundary(id) && text.length) {
        checkStart[id] = isWordUnit(text.charCodeAt(0)) ? 1 : 0;
        checkEnd[id] = isWordUnit(text.charCodeAt(text.length - 1)) ? 1 : 0;
      }
    }

    // 3. Failure and dictionary links, breadth first: node ids are already in that order.
    const fail = new Int32Array(nodeCount);
    const dictLink = new Int32Array(nodeCount).fill(-1);
    const auto = new Automaton(rootGoto, rootGotoInWord, childStart, labels, fail, outFirst, outNext, dictLink, patternLength, checkStart, checkEnd, nodeCount);
    for (let node = 1; node < nodeCount; node++) {
      for (let s = childStart[node]!, e = childStart[node + 1]!; s < e; s++) {
        const child = s + 1;
        const c = labels[s]!;
        let f = fail[node]!;
        let to = auto.step(f, c);
        while (to < 0) {
          f = fail[f]!;
          to = auto.step(f, c);
        }
        fail[child] = to === child ? 0 : to;
        const fl = fail[child]!;
        dictLink[child] = outFirst[fl]! >= 0 ? fl : dictLink[fl]!;
      }
    }
    return auto;
  }

  /** The goto function: next node on code unit c, or -1 (the root never fails). */
  private step(node: number, c: number): number {
    if (node === 0) return this.rootGoto[c]!;
    const start = this.childStart[node]!;
    const count = this.childStart[node + 1]! - start;
    const labels = this.labels;
    if (count <= 8) {
      for (let s = start, e = start + count; s < e; s++) if (labels[s] === c) return s + 1;
      return -1;
    }
    let lo = start;
    let hi = start + count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = labels[mid]!;
      if (l === c) return mid + 1;
      if (l < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Calls onHit for every occurrence of every pattern (overlapping ones included). A unit right after a word
   * unit starts nothing that needs a word boundary, so most of a word's letters are read at the root: the
   * failure links still find every match that starts where one may.
   */
  scan(text: string, onHit: HitHandler): void {
    let node = 0;
    let inWord = false;
    const len = text.length;
    for (let i = 0; i < len; i++) {
      const c = text.charCodeAt(i);
      const root = inWord ? this.rootGotoInWord : this.rootGoto;
      inWord = isWordUnit(c);
      if (node === 0) {
        node = root[c]!;
        if (node === 0) continue;
      } else {
        let next = this.step(node, c);
        while (next < 0) {
          node = this.fail[node]!;
          next = node === 0 ? root[c]! : this.step(node, c);
        }
        node = next;
        if (node === 0) continue;
      }
      let out = this.outFirst[node]! >= 0 ? node : this.dictLink[node]!;
      while (out >= 0) {
        for (let id = this.outFirst[out]!; id >= 0; id = this.outNext[id]!) this.emit(text, i + 1, id, onHit);
        out = this.dictLink[out]!;
      }
    }
  }

  private emit(text: string, end: number, id: number, onHit: HitHandler): void {
    const start = end - this.patternLength[id]!;
    if (this.checkStart[id] && start > 0 && isWordUnit(text.charCodeAt(start - 1))) return;
    if (this.checkEnd[id] && end < text.length && isWordUnit(text.charCodeAt(end))) return;
    onHit(start, end, id);
  }
}
