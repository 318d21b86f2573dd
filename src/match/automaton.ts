/**
 * Aho-Corasick multi-pattern matcher over UTF-16 code units, compiled into flat
 * typed arrays so that a scan costs about the same whatever the number of patterns
 * (one big regular expression of names collapses past a few thousand aliases).
 */
export interface PatternSpec {
  text: string;
  /** Require a word boundary at each end that is a Latin letter or digit (CJK needs none). */
  wordBoundary: boolean;
}

export type HitHandler = (start: number, end: number, pattern: number) => void;

function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export class Automaton {
  private constructor(
    private readonly rootGoto: Int32Array,
    private readonly childStart: Int32Array,
    private readonly labels: Uint16Array,
    private readonly targets: Int32Array,
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
   * Builds the trie from the patterns in sorted order, straight into typed arrays: each pattern shares
   * its prefix with the one before it, so new nodes come in depth-first order and every node's children
   * in ascending label order. No map of edges (at 100,000 aliases one cost over 100 MB while building).
   */
  static build(patterns: readonly PatternSpec[]): Automaton {
    const order = Array.from({ length: patterns.length }, (_, i) => i).sort((a, b) => {
      const x = patterns[a]!.text;
      const y = patterns[b]!.text;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    let maxNodes = 1;
    let maxLength = 0;
    for (const p of patterns) {
      maxNodes += p.text.length;
      maxLength = Math.max(maxLength, p.text.length);
    }
    // 1. Trie: node k (k ≥ 1) hangs under parentOf[k] by the code unit labelOf[k].
    const parentOf = new Int32Array(maxNodes);
    const labelOf = new Uint16Array(maxNodes);
    const endsAt = new Int32Array(patterns.length);
    const path = new Int32Array(maxLength + 1);
    let nodeCount = 1;
    let previous = '';
    for (const id of order) {
      const text = patterns[id]!.text;
      let shared = 0;
      const limit = Math.min(previous.length, text.length);
      while (shared < limit && previous.charCodeAt(shared) === text.charCodeAt(shared)) shared++;
      for (let k = shared; k < text.length; k++) {
        const node = nodeCount++;
        parentOf[node] = path[k]!;
        labelOf[node] = text.charCodeAt(k);
        path[k + 1] = node;
      }
      endsAt[id] = path[text.length]!;
      previous = text;
    }

    // 2. Children of each node as sorted runs in flat arrays (node order is already label order per parent):
    // node n's children are slots childStart[n] to childStart[n + 1]. `fail` counts the slots filled per
    // parent until step 4 needs it: no array is allocated only to be dropped (at 100,000 aliases the
    // dropped ones stayed in the allocator's heap).
    const childStart = new Int32Array(nodeCount + 1);
    for (let node = 1; node < nodeCount; node++) childStart[parentOf[node]! + 1]!++;
    for (let n = 1; n <= nodeCount; n++) childStart[n]! += childStart[n - 1]!;
    const labels = new Uint16Array(Math.max(0, nodeCount - 1));
    const targets = new Int32Array(Math.max(0, nodeCount - 1));
    const fail = new Int32Array(nodeCount);
    for (let node = 1; node < nodeCount; node++) {
      const parent = parentOf[node]!;
      const slot = childStart[parent]! + fail[parent]!++;
      labels[slot] = labelOf[node]!;
      targets[slot] = node;
    }
    fail.fill(0);

    const rootGoto = new Int32Array(65536);
    for (let s = childStart[0]!, e = childStart[1]!; s < e; s++) rootGoto[labels[s]!] = targets[s]!;

    // 3. Outputs: patterns ending at each node, as linked lists.
    const outFirst = new Int32Array(nodeCount).fill(-1);
    const outNext = new Int32Array(patterns.length).fill(-1);
    const patternLength = new Int32Array(patterns.length);
    const checkStart = new Uint8Array(patterns.length);
    const checkEnd = new Uint8Array(patterns.length);
    patterns.forEach((p, id) => {
      const node = endsAt[id]!;
      outNext[id] = outFirst[node]!;
      outFirst[node] = id;
      patternLength[id] = p.text.length;
      if (p.wordBoundary && p.text.length) {
        checkStart[id] = isWordUnit(p.text.charCodeAt(0)) ? 1 : 0;
        checkEnd[id] = isWordUnit(p.text.charCodeAt(p.text.length - 1)) ? 1 : 0;
      }
    });

    // 4. Failure and dictionary links, breadth first.
    const dictLink = new Int32Array(nodeCount).fill(-1);
    // The queue reuses the parent links, which step 2 was the last to read (it is at least nodeCount long).
    const queue = parentOf;
    let head = 0;
    let tail = 0;
    for (let s = childStart[0]!, e = childStart[1]!; s < e; s++) queue[tail++] = targets[s]!;
    const auto = new Automaton(rootGoto, childStart, labels, targets, fail, outFirst, outNext, dictLink, patternLength, checkStart, checkEnd, nodeCount);
    while (head < tail) {
      const node = queue[head++]!;
      for (let s = childStart[node]!, e = childStart[node + 1]!; s < e; s++) {
        const child = targets[s]!;
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
        queue[tail++] = child;
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
      for (let s = start, e = start + count; s < e; s++) if (labels[s] === c) return this.targets[s]!;
      return -1;
    }
    let lo = start;
    let hi = start + count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = labels[mid]!;
      if (l === c) return this.targets[mid]!;
      if (l < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Calls onHit for every occurrence of every pattern (overlapping ones included). */
  scan(text: string, onHit: HitHandler): void {
    let node = 0;
    const len = text.length;
    for (let i = 0; i < len; i++) {
      const c = text.charCodeAt(i);
      let next = this.step(node, c);
      while (next < 0) {
        node = this.fail[node]!;
        next = this.step(node, c);
      }
      node = next;
      if (node === 0) continue;
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
