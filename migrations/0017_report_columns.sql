ALTER TABLE "activities" ADD COLUMN "person_times" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "civic_matters" ADD COLUMN "first_resolved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "civic_matters" ADD COLUMN "resident_reached" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "civic_matters" ADD COLUMN "resident_satisfaction" "satisfaction";--> statement-breakpoint
-- The reports' district figures read these columns instead of the rows they
-- stand for (each statement trigger below keeps its column in the writing
-- transaction, whoever writes): districtReport's person-times summed every
-- held activity's participants, civicReport's medians grouped the timeline's
-- RESOLVED events per matter, and both reports' satisfaction took the latest
-- reached follow-up per matter with DISTINCT ON.
-- Each statement below joins its distinct keys to the rows once: an IN over
-- a large transition table (a generated district's 360,000 participants in
-- one insert) ran as a subplan per activity, quadratic.
CREATE FUNCTION activities_count_person_times() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE activities a SET person_times = s.people
  FROM (SELECT t.activity_id, coalesce(sum(p.people), 0) AS people
        FROM (SELECT DISTINCT activity_id FROM changed) t
        LEFT JOIN activity_participants p ON p.activity_id = t.activity_id
        GROUP BY t.activity_id) s
  WHERE a.id = s.activity_id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER activity_participants_added AFTER INSERT ON activity_participants
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION activities_count_person_times();--> statement-breakpoint
CREATE TRIGGER activity_participants_removed AFTER DELETE ON activity_participants
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION activities_count_person_times();--> statement-breakpoint
CREATE TRIGGER activity_participants_changed AFTER UPDATE ON activity_participants
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION activities_count_person_times();--> statement-breakpoint
-- matter_events refuses UPDATE and DELETE, so the first RESOLVED stays first.
CREATE FUNCTION civic_matters_mark_first_resolved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE civic_matters m SET first_resolved_at = r.at
  FROM (SELECT matter_id, min(at) AS at FROM new_rows WHERE type = 'RESOLVED' GROUP BY matter_id) r
  WHERE m.id = r.matter_id AND (m.first_resolved_at IS NULL OR r.at < m.first_resolved_at);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER matter_events_mark_matter AFTER INSERT ON matter_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION civic_matters_mark_first_resolved();--> statement-breakpoint
-- follow_ups are only inserted; the latest reached one is recomputed, so a
-- follow-up dated earlier than one already there (a copy, a seed) changes nothing.
CREATE FUNCTION civic_matters_mark_resident_reached() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE civic_matters m SET resident_reached = true, resident_satisfaction = latest.satisfaction
  FROM (SELECT DISTINCT ON (f.matter_id) f.matter_id, f.satisfaction
        FROM (SELECT DISTINCT matter_id FROM new_rows WHERE reached) t
        JOIN follow_ups f ON f.matter_id = t.matter_id AND f.reached
        ORDER BY f.matter_id, f.created_at DESC, f.id DESC) latest
  WHERE m.id = latest.matter_id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER follow_ups_mark_resident_reached AFTER INSERT ON follow_ups
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION civic_matters_mark_resident_reached();--> statement-breakpoint
UPDATE activities a SET person_times = p.people
FROM (SELECT activity_id, sum(people) AS people FROM activity_participants GROUP BY activity_id) p
WHERE a.id = p.activity_id;--> statement-breakpoint
UPDATE civic_matters m SET first_resolved_at = r.at
FROM (SELECT matter_id, min(at) AS at FROM matter_events WHERE type = 'RESOLVED' GROUP BY matter_id) r
WHERE m.id = r.matter_id;--> statement-breakpoint
UPDATE civic_matters m SET resident_reached = true, resident_satisfaction = f.satisfaction
FROM (SELECT DISTINCT ON (matter_id) matter_id, satisfaction FROM follow_ups WHERE reached ORDER BY matter_id, created_at DESC, id DESC) f
WHERE m.id = f.matter_id;
