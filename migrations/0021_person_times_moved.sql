-- activities.person_times (0017) was recounted on UPDATE of participants for
-- the activities of the new rows only: a participant moved to another
-- activity (no writer does it, a hand edit could) left the old activity's
-- count as it was. The UPDATE trigger now recounts the activities of the
-- old rows and of the new.
CREATE FUNCTION activities_recount_person_times() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE activities a SET person_times = s.people
  FROM (SELECT t.activity_id, coalesce(sum(p.people), 0) AS people
        FROM (SELECT activity_id FROM old_rows UNION SELECT activity_id FROM new_rows) t
        LEFT JOIN activity_participants p ON p.activity_id = t.activity_id
        GROUP BY t.activity_id) s
  WHERE a.id = s.activity_id;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER activity_participants_changed ON activity_participants;--> statement-breakpoint
CREATE TRIGGER activity_participants_changed AFTER UPDATE ON activity_participants
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activities_recount_person_times();--> statement-breakpoint
-- Counts a moved participant may have left behind.
UPDATE activities a SET person_times = s.people
FROM (SELECT x.id, coalesce(sum(p.people), 0) AS people
      FROM activities x LEFT JOIN activity_participants p ON p.activity_id = x.id GROUP BY x.id) s
WHERE a.id = s.id AND a.person_times <> s.people;
