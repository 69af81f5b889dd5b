-- Inbox read model: one row per open user task, written by task listeners in the engine's own transaction, so that
-- the inbox pages with one indexed query of ours instead of asking the engine (design.md principle 1).
-- Household columns are copied when the task is created; the engine's task tables stay the source of truth.
create table inbox_task (
    task_id             varchar(64)   not null primary key,
    task_key            varchar(255)  not null,
    name                varchar(255),
    household_id        bigint,
    household_number    varchar(30),
    head_name           varchar(50),
    village_code        varchar(12),
    stage               varchar(30),
    assignee            varchar(255),
    candidate_groups    varchar(2000) not null,
    created_at          timestamp with time zone not null,
    due_at              timestamp with time zone,
    follow_up_at        timestamp with time zone,
    priority            integer       not null,
    escalation_level    varchar(20)   default 'NONE' not null,
    process_instance_id varchar(64)
);
create index ix_inbox_task_assignee on inbox_task (assignee);
create index ix_inbox_task_village on inbox_task (village_code);
create index ix_inbox_task_due on inbox_task (due_at);
create index ix_inbox_task_household on inbox_task (household_id);

-- One row per candidate group: "unassigned in one of my groups" is an index lookup, not a LIKE over a list.
create table inbox_task_group (
    group_id varchar(255) not null,
    task_id  varchar(64)  not null references inbox_task (task_id) on delete cascade,
    constraint pk_inbox_task_group primary key (group_id, task_id)
);
create index ix_inbox_task_group_task on inbox_task_group (task_id);
