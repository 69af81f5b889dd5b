-- Assessment (考核): one row per completed user task, written by the engine's task listener in the completing
-- transaction, so that timeliness is counted from our table and never from the engine's history (issue 6, item 5).
-- village_code is the household's village when the task was completed; candidate_area the area of the task's first
-- candidate group (cadre-<village>, township-<township>, ...), which scopes tasks that have no household.
create table task_record (
    task_id             varchar(64)  not null primary key,
    task_key            varchar(255) not null,
    process_key         varchar(255),
    process_instance_id varchar(64),
    household_id        bigint,
    village_code        varchar(12),
    candidate_area      varchar(12),
    completed_by        varchar(255),
    due_at              timestamp with time zone,
    completed_at        timestamp with time zone not null,
    on_time             boolean
);
create index ix_task_record_completed on task_record (completed_at);
create index ix_task_record_village on task_record (village_code, completed_at);
create index ix_task_record_user on task_record (completed_by, completed_at);

-- Exits per planned year and per responsible cadre are what the ranking groups by.
create index ix_assessment_household_planned on household (planned_exit_year);
create index ix_assessment_household_cadre on household (responsible_cadre);
create index ix_assessment_status_change on household_status_change (to_status, changed_at);

-- The weights of the score. Positive indicators add, negative ones (returns, open findings) subtract; the score is
-- the weighted share of the best possible result, 0 to 100 (README "Assessment").
insert into policy_parameter (param_key, param_year, param_value, description, changed_at, changed_by) values
    ('assessment.weight.exits-vs-plan', null, '30', '考核权重：计划内脱贫完成率（正数加分）', current_timestamp, 'system'),
    ('assessment.weight.stable-exits', null, '25', '考核权重：脱贫户稳定率（正数加分）', current_timestamp, 'system'),
    ('assessment.weight.returns', null, '-15', '考核权重：当年返贫率（负数扣分）', current_timestamp, 'system'),
    ('assessment.weight.on-time', null, '20', '考核权重：待办按期完成率（正数加分）', current_timestamp, 'system'),
    ('assessment.weight.quality-findings', null, '-10', '考核权重：未整改数据质量问题占比（负数扣分）', current_timestamp, 'system');
