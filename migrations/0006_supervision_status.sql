CREATE TYPE "public"."supervision_status" AS ENUM('OPEN', 'ANSWERED', 'ENDED');--> statement-breakpoint
ALTER TABLE "matter_assignments" ADD COLUMN "self_assigned" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "matter_supervisions" ADD COLUMN "status" "supervision_status" DEFAULT 'OPEN' NOT NULL;--> statement-breakpoint
ALTER TABLE "matter_supervisions" ADD COLUMN "response" text;--> statement-breakpoint
ALTER TABLE "matter_supervisions" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "matter_supervisions" ADD COLUMN "answered_by" integer;--> statement-breakpoint
ALTER TABLE "matter_supervisions" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "matter_supervisions" ADD CONSTRAINT "matter_supervisions_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Supervisions the new rule would have ended: every one of a REJECTED or MERGED matter (at its closing), and every one
-- given before the matter's latest resolution (at that RESOLVED event), which covers RESOLVED and CLOSED matters and
-- the rounds before a rework.
UPDATE "matter_supervisions" AS s SET
  "status" = 'ENDED',
  "ended_at" = coalesce(CASE WHEN m."status" IN ('REJECTED', 'MERGED') THEN m."closed_at" END, r."at", m."updated_at")
FROM "civic_matters" AS m
LEFT JOIN LATERAL (SELECT max(e."at") AS "at" FROM "matter_events" e WHERE e."matter_id" = m."id" AND e."type" = 'RESOLVED') AS r ON true
WHERE s."matter_id" = m."id"
  AND (m."status" IN ('REJECTED', 'MERGED') OR (r."at" IS NOT NULL AND s."created_at" <= r."at"));--> statement-breakpoint
-- The matter's level shows only what is still open: the highest of its supervisions not ENDED, else null.
UPDATE "civic_matters" AS m SET
  "supervision_level" = (SELECT max(s."level") FROM "matter_supervisions" s WHERE s."matter_id" = m."id" AND s."status" <> 'ENDED')
WHERE m."supervision_level" IS NOT NULL;--> statement-breakpoint
-- A committee's own DIRECT assignment (it assigned its village itself) is self-assigned: it is not returned to itself.
UPDATE "matter_assignments" AS a SET "self_assigned" = true
FROM "matter_events" AS e, "users" AS u
WHERE e."matter_id" = a."matter_id" AND e."type" IN ('ASSIGNED', 'CHANNEL_CHANGED') AND u."id" = e."actor_id"
  AND u."role" = 'VILLAGE_COMMITTEE' AND a."role" = 'LEAD_UNIT' AND a."village_id" = u."village_id"
  AND e."data"->'assignments' @> jsonb_build_array(jsonb_build_object('id', a."id"));--> statement-breakpoint
ALTER TABLE "matter_supervisions" ADD CONSTRAINT "matter_supervisions_answer_ck" CHECK (("matter_supervisions"."response" is null) = ("matter_supervisions"."answered_at" is null) and ("matter_supervisions"."response" is null) = ("matter_supervisions"."answered_by" is null)
        and ("matter_supervisions"."status" = 'ENDED') = ("matter_supervisions"."ended_at" is not null)
        and case "matter_supervisions"."status" when 'OPEN' then "matter_supervisions"."response" is null when 'ANSWERED' then "matter_supervisions"."response" is not null else true end);