// The form editor: form-js editor pinned to 1.10.1, the last release whose exporter writes schemaVersion 16 — the
// newest Camunda 7.24 Tasklist renders. A schema newer than that is refused before it reaches the server.
import { FormEditor, schemaVersion } from '@bpmn-io/form-js-editor';
import { register } from './registry.js';

export const TASKLIST_SCHEMA_VERSION = 16;

register('form', async ({ container, source, messages }) => {
  const schema = JSON.parse(source);
  const warnings = [];
  if (schema.schemaVersion > TASKLIST_SCHEMA_VERSION) {
    warnings.push(messages.format('schemaDowngraded', { found: schema.schemaVersion, max: TASKLIST_SCHEMA_VERSION }));
  }
  const editor = new FormEditor({
    container,
    exporter: { name: 'Jingzhun', version: '1.0' }
  });
  const result = await editor.importSchema(schema);
  warnings.push(...(result.warnings || []).map((warning) => warning.message || String(warning)));
  return {
    modeler: editor,
    warnings,
    async importSource(json) {
      await editor.importSchema(JSON.parse(json));
    },
    async getSource() {
      const saved = editor.saveSchema();
      if (!(saved.schemaVersion <= TASKLIST_SCHEMA_VERSION)) {
        throw new Error(messages.format('schemaTooNew', { found: saved.schemaVersion, max: TASKLIST_SCHEMA_VERSION }));
      }
      return JSON.stringify(saved, null, 2) + '\n';
    }
  };
});

if (schemaVersion > TASKLIST_SCHEMA_VERSION) {
  console.error(`form-js writes schemaVersion ${schemaVersion}; Camunda 7.24 Tasklist renders ${TASKLIST_SCHEMA_VERSION}`);
}
