// The bench page: for one corpus size, loads or builds each engine on the same quotes and times
// the fixed query set, engines interleaved query by query. Called by run.mjs as window.bench(n).

import init, { Engine, heap_bytes } from '/data/pkg/search_wasm.js';
import MiniSearch from './node_modules/minisearch/dist/es/index.js';
import { Document, Charset } from './node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs';
import { QUERIES, parseQuery, words } from './queries.mjs';

const now = () => performance.now();
const gc = () => (typeof window.gc === 'function' ? window.gc() : undefined);
const jsHeap = () => {
  gc();
  return performance.memory ? performance.memory.usedJSHeapSize : null;
};

function percentile(sorted, p) {
  if (!sorted.length) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const r = (v) => (v === null ? null : Math.round(v * 1000) / 1000);
  return { n: s.length, p50_ms: r(percentile(s, 50)), p95_ms: r(percentile(s, 95)), max_ms: r(s[s.length - 1] ?? null) };
}

/** Speaker or outlet names whose folded form contains the filter value. */
function resolve(folded, names, want) {
  const out = [];
  for (let i = 0; i < names.length; i++) if (folded[i].includes(want)) out.push(names[i]);
  return out;
}

function hasPhrase(text, phrase) {
  const w = words(text);
  outer: for (let i = 0; i + phrase.length <= w.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (w[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

const fuzzyFor = (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0);

export async function run(n, rounds) {
  const t0 = now();
  const wasm = await init();
  const wasmInitMs = now() - t0;
  const [bin, json] = await Promise.all([
    fetch(`/data/parallax-${n}.bin`).then((r) => r.arrayBuffer()),
    fetch(`/data/quotes-${n}.json`).then((r) => r.text()),
  ]);
  const out = { quotes: n, wasm_init_ms: wasmInitMs, engines: {} };

  // Parallax: the corpus is read (the app has it decoded already), then its embedded search data
  // is decoded, as the app would; it is also built once from the corpus, to time grouping and
  // indexing in the browser.
  let t = now();
  const px = Engine.new(json);
  const pxCorpus = now() - t;
  const heap0 = heap_bytes();
  t = now();
  px.load(new Uint8Array(bin));
  const pxLoad = now() - t;
  const pxHeap = heap_bytes() - heap0;
  t = now();
  px.build();
  const pxBuild = now() - t;
  out.engines.parallax = {
    corpus_ms: pxCorpus,
    load_ms: pxLoad,
    build_index_ms: pxBuild,
    build_how: 'SearchData::build from the corpus: grouping quotes into statements, then indexing',
    memory_bytes: pxHeap,
    memory_how: 'Rust heap bytes held by the decoded search data, statements + index (counting allocator)',
    wasm_memory_bytes: null,
    statements: px.statements(),
  };

  // The JavaScript engines index the same quotes, parsed once.
  t = now();
  const docs = JSON.parse(json);
  out.json_parse_ms = now() - t;
  const speakerNames = [...new Set(docs.map((d) => d.speaker).filter(Boolean))];
  const outletNames = [...new Set(docs.map((d) => d.outlet))];
  const speakerFolded = speakerNames.map((s) => words(s).join(' '));
  const outletFolded = outletNames.map((s) => words(s).join(' '));

  let h = jsHeap();
  t = now();
  const mini = new MiniSearch({ fields: ['text', 'speaker'], idField: 'id' });
  mini.addAll(docs);
  const miniBuild = now() - t;
  const miniHeap = jsHeap() - h;
  const miniJson = JSON.stringify(mini);
  t = now();
  MiniSearch.loadJSON(miniJson, { fields: ['text', 'speaker'], idField: 'id' });
  const miniLoad = now() - t;
  out.engines.minisearch = {
    load_ms: miniLoad,
    build_index_ms: miniBuild,
    memory_bytes: miniHeap,
    memory_how: 'JS heap growth after addAll (gc, performance.memory)',
    serialized_bytes: miniJson.length,
  };

  h = jsHeap();
  t = now();
  const flex = new Document({
    document: {
      id: 'id',
      index: [{ field: 'text', tokenize: 'forward', encoder: Charset.LatinBalance }],
      tag: ['speaker', 'outlet'],
    },
  });
  for (const d of docs) flex.add({ id: d.id, text: d.text, speaker: d.speaker ?? '', outlet: d.outlet });
  const flexBuild = now() - t;
  const flexHeap = jsHeap() - h;
  out.engines.flexsearch = {
    load_ms: null,
    build_index_ms: flexBuild,
    memory_bytes: flexHeap,
    memory_how: 'JS heap growth after add (gc, performance.memory)',
  };

  const engines = {
    // As the view runs while the user types: the previous query's words are not walked again.
    parallax: (q) => px.search(q),
    // Every query from scratch. Runs right after `parallax` on the same query, so the cache that
    // `parallax` sees is always the previous query's, as in typing.
    parallax_cold: (q) => px.search_cold(q),
    minisearch: (q) => {
      const p = parseQuery(q);
      const phraseWords = p.phrases.flat();
      const all = [...phraseWords, ...p.terms];
      const sp = p.speaker && new Set(resolve(speakerFolded, speakerNames, p.speaker));
      const ol = p.outlet && new Set(resolve(outletFolded, outletNames, p.outlet));
      if (!all.length) return 0;
      const res = mini.search(all.join(' '), {
        combineWith: 'AND',
        prefix: (term, i, terms) => p.typing && i === terms.length - 1,
        fuzzy: (term, i) => (i >= phraseWords.length ? fuzzyFor(term) : 0),
        filter: (r) => {
          const d = docs[r.id];
          if (sp && !sp.has(d.speaker)) return false;
          if (ol && !ol.has(d.outlet)) return false;
          return p.phrases.every((ph) => hasPhrase(d.text, ph));
        },
      });
      return res.length;
    },
    flexsearch: (q) => {
      const p = parseQuery(q);
      const all = [...p.phrases.flat(), ...p.terms];
      if (!all.length) return 0;
      const tag = {};
      if (p.speaker) tag.speaker = resolve(speakerFolded, speakerNames, p.speaker);
      if (p.outlet) tag.outlet = resolve(outletFolded, outletNames, p.outlet);
      const opts = { query: all.join(' '), limit: 100 };
      if (p.speaker || p.outlet) opts.tag = tag;
      const res = flex.search(opts);
      const ids = res.length ? res[0].result : [];
      return p.phrases.length ? ids.filter((id) => p.phrases.every((ph) => hasPhrase(docs[id].text, ph))).length : ids.length;
    },
  };

  // Warm up once, then time every query `rounds` times, engines interleaved.
  const times = Object.fromEntries(Object.keys(engines).map((e) => [e, {}]));
  const hits = Object.fromEntries(Object.keys(engines).map((e) => [e, {}]));
  for (const { q } of QUERIES) for (const [e, f] of Object.entries(engines)) hits[e][q] = f(q);
  for (let r = 0; r < rounds; r++) {
    for (const { q } of QUERIES) {
      for (const [e, f] of Object.entries(engines)) {
        const s = now();
        f(q);
        (times[e][q] ??= []).push(now() - s);
      }
    }
  }
  out.engines.parallax_cold = { same_as: 'parallax', note: 'each query cold: no reuse of the previous query' };
  const kinds = [...new Set(QUERIES.map((x) => x.kind))];
  for (const e of Object.keys(engines)) {
    const all = QUERIES.flatMap(({ q }) => times[e][q]);
    out.engines[e].latency = {
      all: stats(all),
      ...Object.fromEntries(
        kinds.map((k) => [k, stats(QUERIES.filter((x) => x.kind === k).flatMap(({ q }) => times[e][q]))]),
      ),
    };
    out.engines[e].hits = hits[e];
  }
  out.engines.parallax.wasm_memory_bytes = wasm.memory.buffer.byteLength;
  out.rounds = rounds;
  out.precise_timers = self.crossOriginIsolated === true;
  out.precise_memory = !!performance.memory;
  px.free();
  return out;
}
