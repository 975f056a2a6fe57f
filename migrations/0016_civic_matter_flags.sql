ALTER TABLE "civic_matters" ADD COLUMN "has_follow_up" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "civic_matters" ADD COLUMN "has_assignment" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "civic_matters" ADD COLUMN "was_escalated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- civicReport and districtReport asked, for every matter of the cohort,
-- whether a follow-up, an assignment and an ESCALATED supervision exists:
-- three EXISTS per matter, ~60 % of the cohort's statement at district
-- size. Those rows are only ever inserted (and a supervision's level never
-- changes), so a flag set on insert stays true: one statement trigger per
-- table sets it in the inserting transaction, whoever inserts.
CREATE FUNCTION civic_matters_mark_followed_up() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE civic_matters SET has_follow_up = true
  WHERE id IN (SELECT matter_id FROM new_rows) AND NOT has_follow_up;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER follow_ups_mark_matter AFTER INSERT ON follow_ups
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION civic_matters_mark_followed_up();--> statement-breakpoint
CREATE FUNCTION civic_matters_mark_assigned() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE civic_matters SET has_assignment = true
  WHERE id IN (SELECT matter_id FROM new_rows) AND NOT has_assignment;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER matter_assignments_mark_matter AFTER INSERT ON matter_assignments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION civic_matters_mark_assigned();--> statement-breakpoint
CREATE FUNCTION civic_matters_mark_escalated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE civic_matters SET was_escalated = true
  WHERE id IN (SELECT matter_id FROM new_rows WHERE level = 'ESCALATED') AND NOT was_escalated;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER matter_supervisions_mark_matter AFTER INSERT ON matter_supervisions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION civic_matters_mark_escalated();--> statement-breakpoint
UPDATE civic_matters m SET
  has_follow_up = EXISTS (SELECT 1 FROM follow_ups f WHERE f.matter_id = m.id),
  has_assignment = EXISTS (SELECT 1 FROM matter_assignments a WHERE a.matter_id = m.id),
  was_escalated = EXISTS (SELECT 1 FROM matter_supervisions s WHERE s.matter_id = m.id AND s.level = 'ESCALATED');
