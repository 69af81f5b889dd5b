-- What each user wants by mail. A user without a row gets the defaults: Chinese, and the daily digest when they are
-- township or county staff. The address itself stays in the Camunda identity (one identity, design.md principle 6).
create table user_mail_settings (
    user_id    varchar(64) not null primary key,
    language   varchar(10) not null,
    digest     boolean     not null,
    updated_at timestamp with time zone not null
);

-- One row per scheduled mail job, locked while the job runs so that two nodes never run the same batch at once.
create table mail_job (
    name        varchar(40) not null primary key,
    last_run_at timestamp with time zone
);
insert into mail_job (name) values ('group-queue'), ('due-tomorrow'), ('digest');

-- Group tasks already announced by the group-queue batch. A mark per task instead of a time watermark: a task whose
-- transaction commits after a batch started is still announced by the next one. No foreign key to inbox_task: a task
-- completed while a batch runs must not fail the batch; the batch drops the marks of tasks that are gone.
create table group_queue_announced (
    task_id      varchar(64) not null primary key,
    announced_at timestamp with time zone not null
);
