// The DMN editor: dmn-js Modeler (DRD and decision table views) with Camunda's DMN extension, so attributes such as
// camunda:historyTimeToLive survive a round trip.
import DmnModeler from 'dmn-js/lib/Modeler';
import camundaDmnModdle from 'camunda-dmn-moddle/resources/camunda.json';
import { translateModule } from './translate.js';
import { register } from './registry.js';

register('dmn', async ({ container, source, lang }) => {
  const modeler = new DmnModeler({
    container,
    common: {
      additionalModules: [translateModule(lang)],
      moddleExtensions: { camunda: camundaDmnModdle }
    }
  });
  const { warnings } = await modeler.importXML(source);
  // a file with one decision table opens on the table: that is what an administrator edits
  const table = modeler.getViews().find((view) => view.type === 'decisionTable');
  if (table && modeler.getViews().filter((view) => view.type === 'decisionTable').length === 1) {
    await modeler.open(table);
  }
  return {
    modeler,
    warnings: warnings.map((warning) => warning.message),
    async getSource() {
      const { xml } = await modeler.saveXML({ format: true });
      return xml;
    }
  };
});
