// Adversarial inputs for one regular expression: a small parser finds every unbounded repetition, and for
// each one builds "prefix that reaches it + its body pumped thousands of times + a suffix that may fail".
// That is the shape of every catastrophic (exponential or polynomial) backtracking input.

type Node =
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; body: Node; look: boolean }
  | { t: 'rep'; body: Node; min: number; max: number }
  | { t: 'atom'; src: string }
  | { t: 'empty' };

/** Characters tried against every atom: whitespace of extracted letters, letters, digits, punctuation. */
const BASE_CHARS = [' ', 'a', 'A', '1', '.', ',', ':', '\t', '\n', '\r', '\f', '\u00a0', 'z', 'Z', '0', '-', '/', '(', ')', ';', '#', "'", '&', '_', '!', '\u0000'];

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const n = this.alt();
    if (this.i < this.src.length) throw new Error(`unbalanced ")" at ${this.i} in /${this.src}/`);
    return n;
  }

  private alt(): Node {
    const alts = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.seq());
    }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') items.push(this.quantified(this.atom()));
    return { t: 'seq', items };
  }

  private atom(): Node {
    const s = this.src;
    const start = this.i;
    const c = s[this.i];
    if (c === '(') {
      let look = false;
      this.i++;
      if (s[this.i] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(s.slice(this.i));
        if (!m) throw new Error(`unknown group at ${this.i} in /${s}/`);
        look = ['?=', '?!', '?<=', '?<!'].includes(m[0]);
        this.i += m[0].length;
      }
      const body = this.alt();
      if (s[this.i] !== ')') throw new Error(`missing ")" in /${s}/`);
      this.i++;
      return { t: 'group', body, look };
    }
    if (c === '[') {
      this.i++;
      if (s[this.i] === '^') this.i++;
      if (s[this.i] === ']') this.i++; // "[]" and "[^]"; harmless to treat as a member otherwise
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { t: 'atom', src: s.slice(start, this.i) };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { t: 'empty' };
    }
    if (c === '\\') {
      const d = s[this.i + 1];
      if (d === 'b' || d === 'B') {
        this.i += 2;
        return { t: 'empty' };
      }
      if (/[1-9]/.test(d)) {
        this.i += 2;
        while (/\d/.test(s[this.i] ?? '')) this.i++;
        return { t: 'empty' }; // back-reference: matches what its group matched
      }
      const m = /^\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]+>|[pP]\{[^}]+\}|[\s\S])/.exec(s.slice(this.i));
      this.i += m ? m[0].length : 2;
      if (m && m[0].startsWith('\\k<')) return { t: 'empty' };
      return { t: 'atom', src: s.slice(start, this.i) };
    }
    this.i++;
    return { t: 'atom', src: c };
  }

  private quantified(atom: Node): Node {
    const s = this.src;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    }
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: same worst case
    return { t: 'rep', body: atom, min, max };
  }
}

export interface RegexUnderTest {
  readonly source: string;
  readonly flags: string;
}

/** Sample strings that `node` matches (a few variants), using exact membership tests for atoms. */
function samplesOf(node: Node, flags: string, literalChars: readonly string[], limit = 4): string[] {
  switch (node.t) {
    case 'empty':
      return [''];
    case 'atom': {
      const re = new RegExp(`^(?:${node.src})$`, flags.replace(/[gy]/g, ''));
      // Whitespace and plain letters first: the runs extracted letters are full of.
      const out = [' ', 'a', 'A', '1', ...literalChars, ...BASE_CHARS].filter((ch, k, all) => all.indexOf(ch) === k && re.test(ch));
      return out.length ? out.slice(0, limit) : ['\uffff'];
    }
    case 'group':
      return node.look ? [''] : samplesOf(node.body, flags, literalChars, limit);
    case 'alt':
      return node.alts.flatMap((a) => samplesOf(a, flags, literalChars, 2)).slice(0, limit * 2);
    case 'rep': {
      const body = samplesOf(node.body, flags, literalChars, limit);
      const times = Math.max(node.min, node.max === Infinity ? 1 : Math.min(node.max, 1));
      return body.map((b) => b.repeat(times));
    }
    case 'seq': {
      // One variant per position choice, keeping the count small.
      let acc = [''];
      for (const it of node.items) {
        const ss = samplesOf(it, flags, literalChars, 2);
        acc = acc.flatMap((a) => ss.map((x) => a + x)).slice(0, limit);
      }
      return acc;
    }
  }
}

/** Every unbounded (or widely bounded) repetition with a sample of what comes before it on the path from the root. */
function pumpSites(root: Node, flags: string, literalChars: readonly string[]): { prefix: string; body: Node }[] {
  const out: { prefix: string; body: Node }[] = [];
  const first = (n: Node): string => samplesOf(n, flags, literalChars, 1)[0] ?? '';
  const walk = (n: Node, prefix: string): void => {
    switch (n.t) {
      case 'seq': {
        let p = prefix;
        for (const it of n.items) {
          walk(it, p);
          p += first(it);
        }
        return;
      }
      case 'alt':
        for (const a of n.alts) walk(a, prefix);
        return;
      case 'group':
        walk(n.body, prefix);
        return;
      case 'rep':
        if (n.max === Infinity || n.max >= 16) out.push({ prefix, body: n.body });
        walk(n.body, prefix);
        return;
      default:
        return;
    }
  };
  walk(root, '');
  return out;
}

const SUFFIXES = ['', '!', '\u0000', 'x', ' ', '\n', ':', '.'];

/** Adversarial strings of about `length` characters for `re`. */
export function attackStrings(re: RegexUnderTest, length: number): string[] {
  const literalChars = [...new Set(re.source.replace(/\\[\s\S]/g, '').replace(/[[\](){}|?*+^$.]/g, ''))];
  const root = new Parser(re.source).parse();
  const out = new Set<string>();
  for (const site of pumpSites(root, re.flags, literalChars)) {
    const pumps = new Set(samplesOf(site.body, re.flags, literalChars, 4).filter((p) => p.length > 0));
    // Two different samples alternating: catches (a|ab)* style overlaps.
    const list = [...pumps];
    if (list.length > 1) pumps.add(list[0] + list[1]);
    for (const pump of pumps) {
      const body = pump.repeat(Math.ceil(length / pump.length));
      for (const suffix of SUFFIXES) {
        out.add(site.prefix + body + suffix);
        if (site.prefix) out.add(body + suffix);
      }
    }
  }
  // Generic runs, for what the structure above misses.
  for (const ch of [' ', 'a', 'A', '1', ':', '.', ',', '\n', ' a', 'a ', 'a:', '. ']) out.add(ch.repeat(Math.ceil(length / ch.length)) + '!');
  return [...out];
}

/** Runs `re` over `input` the way the code does: once, or every match in turn for /g and /y. */
export function runRegex(re: RegExp, input: string): number {
  if (!re.global && !re.sticky) return re.exec(input) ? 1 : 0;
  re.lastIndex = 0;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input))) {
    count++;
    if (m[0] === '') re.lastIndex++;
  }
  return count;
}
