-- The scheduler's fold (points/rollups.ts) looks for spread rows every tick:
-- without an index it read the whole of ledger_month_sums (~47–51 ms for the
-- generated district, PostgreSQL's log). Its indexes are on the slot, which
-- no update changes, so a sale's update of its slot row can stay HOT.
-- civic_matters_report_idx holds every column the civic reports' cohort
-- statements read, and the id their workload joins need, so a district's
-- year is an index-only scan (once vacuumed) instead of a pass over the wide
-- rows.
CREATE INDEX "ledger_month_sums_spread_idx" ON "ledger_month_sums" USING btree ("slot") WHERE "ledger_month_sums"."slot" > 0;--> statement-breakpoint
CREATE INDEX "civic_matters_report_idx" ON "civic_matters" USING btree ("received_at","township_id","village_id","category_id","channel","status","due_date","resolved_at","rework_count","has_follow_up","has_assignment","was_escalated","resident_reached","resident_satisfaction","first_resolved_at","id");--> statement-breakpoint
CREATE INDEX "redeemer_month_counts_spread_idx" ON "redeemer_month_counts" USING btree ("slot") WHERE "redeemer_month_counts"."slot" > 0;