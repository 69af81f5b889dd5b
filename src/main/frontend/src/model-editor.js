// Glue between the model edit page and the bpmn.io editors. The page holds <div id="model-editor" data-kind>,
// for BPMN <div id="model-properties">, and <form id="model-deploy"> with <textarea id="model-source">. This file
// stays small: it loads only the editor bundle of the page's kind (model-editor-<kind>.js beside it), mounts it
// with the textarea's source and, on submit, writes the edited model back into the textarea before the form goes.
import { messagesFor } from './editor/messages.js';

// longer than the properties panels' input debounce (600 ms in @bpmn-io/properties-panel)
const SETTLE_MS = 700;

const base = document.currentScript ? document.currentScript.src.replace(/[^/]*$/, '') : '/vendor/';

function loadBundle(kind) {
  const registered = () => window.jingzhunModelEditors && window.jingzhunModelEditors[kind];
  if (registered()) {
    return Promise.resolve(registered());
  }
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${base}model-editor-${kind}.js`;
    script.onload = () => (registered() ? resolve(registered()) : reject(new Error(`no ${kind} editor`)));
    script.onerror = () => reject(new Error(script.src));
    document.head.appendChild(script);
  });
}

// above the editor and its properties panel, outside their layout
function notice(container, className, text) {
  const anchor = container.closest('.model-editor-layout, .model-editor-wrap') || container;
  let element = anchor.parentNode.querySelector(`:scope > .${className}`);
  if (!element) {
    element = document.createElement('div');
    element.className = className;
    element.setAttribute('role', className === 'model-editor-error' ? 'alert' : 'status');
    anchor.parentNode.insertBefore(element, anchor);
  }
  element.textContent = text;
  return element;
}

function clearNotice(container, className) {
  const anchor = container.closest('.model-editor-layout, .model-editor-wrap') || container;
  const element = anchor.parentNode.querySelector(`:scope > .${className}`);
  if (element) {
    element.remove();
  }
}

// the properties panel sits beside the canvas on wide screens: give both one grid parent when the page did not
function layout(container, properties) {
  if (!properties || container.parentNode.classList.contains('model-editor-layout')) {
    return;
  }
  if (container.nextElementSibling === properties) {
    const wrapper = document.createElement('div');
    wrapper.className = 'model-editor-wrap';
    container.parentNode.insertBefore(wrapper, container);
    wrapper.append(container, properties);
  }
}

function errorText(error) {
  return (error && (error.message || String(error))) || '?';
}

function start() {
  const container = document.getElementById('model-editor');
  const form = document.getElementById('model-deploy');
  const textarea = document.getElementById('model-source');
  if (!container || !form || !textarea) {
    return;
  }
  const kind = container.dataset.kind;
  const messages = messagesFor(document.documentElement.lang);
  const properties = kind === 'bpmn' ? document.getElementById('model-properties') : null;
  layout(container, properties);
  container.classList.add('model-editor-canvas', `model-editor-${kind}`);

  const mounted = loadBundle(kind)
    .catch((error) => {
      notice(container, 'model-editor-error', messages.format('loadFailed', { error: errorText(error) }));
      throw error;
    })
    .then((mount) => mount({ container, properties, source: textarea.value, lang: document.documentElement.lang, messages })
      .catch((error) => {
        notice(container, 'model-editor-error', messages.format('importFailed', { error: errorText(error) }));
        throw error;
      }))
    .then((editor) => {
      if (editor.warnings.length) {
        notice(container, 'model-editor-warning', messages.format('importWarnings', { warnings: editor.warnings.join('; ') }));
      }
      container.dataset.ready = 'true';
      return editor;
    });
  mounted.catch(() => { container.dataset.ready = 'error'; });

  // for tests and the curious: the editor's own API (bpmn-js / dmn-js / form-js) once it is open
  let modeler = null;
  mounted.then((editor) => { modeler = editor.modeler; }, () => {});
  window.jingzhunEditor = {
    kind,
    ready: mounted.then(() => true, () => false),
    getSource: () => mounted.then((editor) => editor.getSource()),
    importSource: (source) => mounted.then((editor) => editor.importSource(source)),
    get modeler() { return modeler; }
  };

  // the source stays visible and editable (a <details> on the page): it shows the editor's model when opened, and a
  // hand edit goes into the editor; a hand edit the editor cannot open is sent as typed
  let handEdited = false;
  const details = textarea.closest('details');
  if (details) {
    details.addEventListener('toggle', () => {
      if (details.open && !handEdited) {
        mounted.then((editor) => editor.getSource()).then((source) => { textarea.value = source; }, () => {});
      }
    });
  }
  textarea.addEventListener('change', () => {
    mounted.then((editor) => editor.importSource(textarea.value)).then(
      () => { handEdited = false; clearNotice(container, 'model-editor-error'); },
      (error) => {
        handEdited = true;
        notice(container, 'model-editor-error', messages.format('importFailed', { error: errorText(error) }));
      });
  });

  let exported = false;
  let busy = false;
  form.addEventListener('submit', (event) => {
    if (exported) {
      return;
    }
    event.preventDefault();
    if (busy) {
      return;
    }
    busy = true;
    const button = event.submitter;
    // the properties panels write a typed value into the model after a short pause (debounced): let the last one land
    const exporting = handEdited ? Promise.reject(new Error('hand edited'))
      : new Promise((resolve) => setTimeout(resolve, SETTLE_MS)).then(() => mounted);
    exporting.then(
      (editor) => editor.getSource().then(
        (source) => { textarea.value = source; return true; },
        (error) => { notice(container, 'model-editor-error', messages.format('exportFailed', { error: errorText(error) })); return false; }),
      // not opened in the editor (or edited by hand): send the text as it is, the server's validation locates errors
      () => true)
      // a new task: while the first submit event is still being dispatched the browser ignores requestSubmit
      .then((send) => new Promise((resolve) => setTimeout(() => resolve(send), 0)))
      .then((send) => {
        busy = false;
        if (send) {
          resubmit(form, button);
        }
      });
  });

  // requestSubmit dispatches the submit event synchronously: let that one through, and only that one
  function resubmit(target, button) {
    exported = true;
    try {
      if (typeof target.requestSubmit === 'function' && button) {
        target.requestSubmit(button);
      } else {
        if (button && button.name) {
          const hidden = document.createElement('input');
          hidden.type = 'hidden';
          hidden.name = button.name;
          hidden.value = button.value;
          target.appendChild(hidden);
        }
        target.submit();
      }
    } finally {
      exported = false;
    }
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
