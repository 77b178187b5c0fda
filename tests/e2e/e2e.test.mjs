// Entry point of the end-to-end layer (`npm test` here, or `cargo xtask test e2e` at the root).
// Every file in views/ registers the tests of one view; add a file to cover a new view.
import { readdirSync } from 'node:fs';

const dir = new URL('./views/', import.meta.url);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  await import(new URL(file, dir).href);
}
