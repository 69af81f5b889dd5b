// Each editor bundle registers how to mount itself; the small loader (model-editor.js) picks one by data-kind.
export function register(kind, mount) {
  window.jingzhunModelEditors = window.jingzhunModelEditors || {};
  window.jingzhunModelEditors[kind] = mount;
  document.dispatchEvent(new CustomEvent('jingzhun:editor-registered', { detail: kind }));
}
