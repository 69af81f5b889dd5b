// The BPMN editor: bpmn-js Modeler with the real properties panel and its Camunda 7 provider, so candidate groups,
// assignee, due date, formRef, timers, conditions, delegate expressions and call-activity bindings are editable.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaPlatformBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import { translateModule } from './translate.js';
import { register } from './registry.js';

register('bpmn', async ({ container, properties, source, lang }) => {
  const modeler = new BpmnModeler({
    container,
    propertiesPanel: properties ? { parent: properties } : undefined,
    additionalModules: [
      ...(properties ? [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule] : []),
      CamundaPlatformBehaviorsModule,
      translateModule(lang)
    ],
    moddleExtensions: { camunda: camundaModdle }
  });
  const { warnings } = await modeler.importXML(source);
  modeler.get('canvas').zoom('fit-viewport');
  return {
    modeler,
    warnings: warnings.map((warning) => warning.message),
    async importSource(xml) {
      await modeler.importXML(xml);
    },
    async getSource() {
      const { xml } = await modeler.saveXML({ format: true });
      return xml;
    }
  };
});
