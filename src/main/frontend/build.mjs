// Bundles the browser entry points into target/classes/static/vendor (served at /vendor/...).
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const out = process.env.JINGZHUN_FRONTEND_OUT || '../../../target/classes/static/vendor';
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { 'bpmn-viewer': 'src/bpmn-viewer.js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2019'],
  outdir: out,
  logLevel: 'warning'
});

for (const css of ['diagram-js.css', 'bpmn-js.css']) {
  cpSync(`node_modules/bpmn-js/dist/assets/${css}`, `${out}/${css}`);
}
cpSync('node_modules/bpmn-js/dist/assets/bpmn-font', `${out}/bpmn-font`, { recursive: true });
