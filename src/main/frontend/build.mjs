// Bundles the browser entry points into target/classes/static/vendor (served at /vendor/...).
// model-editor.js is a small loader; it fetches only the editor of the page's kind (model-editor-<kind>.js).
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const out = process.env.JINGZHUN_FRONTEND_OUT || '../../../target/classes/static/vendor';
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  outdir: out,
  legalComments: 'none',
  logLevel: 'warning'
};

await build({
  ...common,
  entryPoints: {
    'bpmn-viewer': 'src/bpmn-viewer.js',
    'model-editor': 'src/model-editor.js',
    'model-editor-bpmn': 'src/editor/bpmn.js',
    'model-editor-dmn': 'src/editor/dmn.js',
    'model-editor-form': 'src/editor/form.js'
  },
  format: 'iife',
  target: ['es2019']
});

// the icon fonts' embedded CSS still names .eot/.svg fallbacks: they land beside the CSS with hashed names
await build({
  ...common,
  entryPoints: { 'model-editor': 'src/model-editor.css' },
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' }
});

for (const css of ['diagram-js.css', 'bpmn-js.css']) {
  cpSync(`node_modules/bpmn-js/dist/assets/${css}`, `${out}/${css}`);
}
cpSync('node_modules/bpmn-js/dist/assets/bpmn-font', `${out}/bpmn-font`, { recursive: true });
