package org.jingzhun.modeler;

/** A model by kind and key, e.g. (BPMN, IdentificationProcess) or (FORM, survey). */
record ModelRef(ModelKind kind, String key) {

    String resourceName() {
        return kind.resourceName(key);
    }

}
