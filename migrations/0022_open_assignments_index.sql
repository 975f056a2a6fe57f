-- civicReport's workloads (reports/civic-workloads.ts) join the open
-- assignments (PENDING or ACCEPTED: ~5,500 of a district's 64,000) to the
-- cohort by matter; they scanned every assignment (10 ms of the department
-- workload's 30 on the district's year). This index holds only the open
-- ones, with every column those statements read.
CREATE INDEX "matter_assignments_open_idx" ON "matter_assignments" USING btree ("matter_id","state","role","department_id","official_user_id","due_date") WHERE "matter_assignments"."state" in ('PENDING', 'ACCEPTED');
