// npm run bench:cite — median wall time of `cable cite` in each style, beside `node -e ''`, in one run.
import { fileURLToPath } from 'node:url';
import { report, timeCommand } from './startup-lib.mjs';

const bin = fileURLToPath(new URL('../bin/cable.js', import.meta.url));
const styles = [
  'archive',
  'chicago',
  'chicago-short',
  'chicago-bib',
  'chicago-author-date',
  'mla',
  'apa',
  'bibtex',
  'ris',
  'csl-json',
];
const baseline = timeCommand([process.execPath, '-e', '']);
const rows = [
  ["node -e ''", baseline],
  ['cable cite', timeCommand([process.execPath, bin, 'cite'])],
];
for (const style of styles)
  rows.push([`cable cite --style ${style}`, timeCommand([process.execPath, bin, 'cite', '--style', style])]);
rows.push(['cable point 3', timeCommand([process.execPath, bin, 'point', '3'])]);
report(rows, baseline);
