-- Risk elimination (消除风险) ended monitoring without a trace, so data quality could not check "eliminated too soon"
-- (domain.md §8). The day it happened is kept here; monitoring_since now keeps the start of that last period.
alter table household add column risk_eliminated_on date;
