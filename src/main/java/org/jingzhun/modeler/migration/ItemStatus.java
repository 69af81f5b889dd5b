package org.jingzhun.modeler.migration;

/** One instance of a run: waiting, being migrated right now (uncommitted), migrated, or refused by the engine. */
enum ItemStatus {
    PENDING, RUNNING, MIGRATED, FAILED
}
