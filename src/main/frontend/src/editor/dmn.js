// The DMN editor: dmn-js Modeler (DRD and decision table views) with Camunda's DMN extension, so attributes such as
// camunda:historyTimeToLive survive a round trip.
import DmnModeler from 'dmn-js/lib/Modeler';
import camundaDmnModdle from 'camunda-dmn-moddle/resources/camunda.json';
import { translateModule } from './translate.js';
import { register } from './registry.js';

register('dmn', async ({ container, source, lang }) => {
  // each view takes its own additionalModules (dmn-js does not merge those from "common")
  const translation = { additionalModules: [translateModule(lang)] };
  const modeler = new DmnModeler({
    container,
    moddleExtensions: { camunda: camundaDmnModdle },
    drd: translation,
    decisionTable: translation,
    literalExpression: translation,
    boxedExpression: translation
  });
  // a file with one decision table opens on the table: that is what an administrator edits
  async function open(xml) {
    const result = await modeler.importXML(xml);
    const tables = modeler.getViews().filter((view) => view.type === 'decisionTable');
    if (tables.length === 1) {
      await modeler.open(tables[0]);
    }
    return result;
  }
  const { warnings } = await open(source);
  return {
    modeler,
    warnings: warnings.map((warning) => warning.message),
    async importSource(xml) {
      await open(xml);
    },
    async getSource() {
      const { xml } = await modeler.saveXML({ format: true });
      return xml;
    }
  };
});
