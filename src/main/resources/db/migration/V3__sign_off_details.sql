-- The evidence a decision rests on, kept with the signature (e.g. the appraisal's votes).
alter table sign_off add column details varchar(500);
