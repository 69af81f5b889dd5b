package org.jingzhun.modeler.migration;

import java.time.OffsetDateTime;
import java.util.List;

/** A recorded migration run with its instances, for the progress page and the list of earlier runs. */
record RunView(long id, String processKey, String sourceDefinitionId, int sourceVersion, String targetDefinitionId,
        int targetVersion, List<Instruction> plan, String startedBy, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, Progress progress, List<Item> items) {

    record Item(String processInstanceId, String businessKey, String householdNumber, String headName,
            ItemStatus status, String message, OffsetDateTime finishedAt) {
    }

    /** The JSON the progress page polls. */
    record Progress(long total, long migrated, long failed, long done, int percent, boolean finished) {

        static Progress of(long total, long migrated, long failed, boolean finished) {
            long done = migrated + failed;
            return new Progress(total, migrated, failed, done, total == 0 ? 100 : (int) (done * 100 / total),
                    finished);
        }

    }

}
