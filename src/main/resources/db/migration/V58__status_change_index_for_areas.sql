-- V55's (to_status, changed_at) index led H2 to read every status change of a kind before joining the area's
-- households: the report benchmark's village funnel went from 3 ms to 1.8 s. Area queries (reports and assessment)
-- start from the area's households and use ix_status_change_household_to (V53) instead.
drop index ix_assessment_status_change;
