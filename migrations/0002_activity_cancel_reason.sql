ALTER TABLE "activities" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
-- Activities cancelled before the column existed: the reason from the audit log, else a placeholder.
UPDATE "activities" AS a SET
  "cancel_reason" = coalesce(
    (SELECT l."detail"->>'reason' FROM "audit_log" l
      WHERE l."entity" = 'activity' AND l."action" = 'cancel' AND l."entity_id" = a."id"::text
      ORDER BY l."at" DESC LIMIT 1),
    '（取消原因未记录）'),
  "cancelled_at" = coalesce(
    (SELECT l."at" FROM "audit_log" l
      WHERE l."entity" = 'activity' AND l."action" = 'cancel' AND l."entity_id" = a."id"::text
      ORDER BY l."at" DESC LIMIT 1),
    a."updated_at")
WHERE a."status" = 'CANCELLED';--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_cancel_reason_ck" CHECK (("activities"."status" = 'CANCELLED') = ("activities"."cancel_reason" is not null));