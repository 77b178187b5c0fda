// The fixed query set of the search benchmark, by kind. Every engine runs every query.
// "keystroke" is each prefix while typing two phrases, one character at a time.

const typed = (text) => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));

export const QUERIES = [
  ...['deal', 'ceasefire', 'security', 'progress', 'meeting'].map((q) => ({ kind: 'word', q })),
  ...[...typed('extremely productive meeting'), ...typed('very good chance of getting there')].map((q) => ({
    kind: 'keystroke',
    q,
  })),
  ...['ceasfire', 'securty', 'progess', 'negotiatons', 'zelensky', 'constructivly'].map((q) => ({ kind: 'typo', q })),
  ...['"no deal"', '"very good chance"', '"root causes"', '"extremely productive"'].map((q) => ({ kind: 'phrase', q })),
  ...[
    'speaker:putin deal',
    'speaker:trump meeting',
    'outlet:reuters ceasefire',
    'outlet:vox security',
    'speaker:zelenskiy america',
  ].map((q) => ({ kind: 'filtered', q })),
];

/** Folds a text to lower-case words (letters and digits), diacritics removed. */
export function words(text) {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The query syntax Parallax reads (terms, "phrases", speaker:/outlet: filters, the last term a
 * prefix while typing), parsed for the JavaScript engines, which have no such syntax.
 */
export function parseQuery(input) {
  const out = { terms: [], phrases: [], speaker: null, outlet: null, typing: false };
  let rest = input;
  const re = /\s*(?:"([^"]*)"?|(speaker|outlet):(?:"([^"]*)"?|(\S*))|(\S+))/y;
  let m;
  while (rest.length && (m = re.exec(rest))) {
    if (m[1] !== undefined) {
      const p = words(m[1]);
      if (p.length) out.phrases.push(p);
    } else if (m[2]) {
      const v = words(m[3] ?? m[4] ?? '').join(' ');
      if (v) out[m[2]] = v;
    } else if (m[5]) {
      out.terms.push(...words(m[5]));
    }
    rest = rest.slice(re.lastIndex);
    re.lastIndex = 0;
    if (!rest.trim()) break;
  }
  out.typing = !/\s$/.test(input) && !input.trimEnd().endsWith('"') && out.terms.length > 0;
  return out;
}
