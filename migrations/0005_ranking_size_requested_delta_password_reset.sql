ALTER TABLE "point_entries" DROP CONSTRAINT "point_entries_delta_ck";--> statement-breakpoint
ALTER TABLE "point_entries" DROP CONSTRAINT "point_entries_sign_ck";--> statement-breakpoint
ALTER TABLE "villages" ADD COLUMN "ranking_size" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "point_entries" ADD COLUMN "requested_delta" integer;--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_ranking_size_ck" CHECK ("villages"."ranking_size" between 1 and 50);--> statement-breakpoint
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_requested_ck" CHECK ("point_entries"."requested_delta" is null or ("point_entries"."kind" = 'DEDUCTION' and "point_entries"."requested_delta" < 0 and "point_entries"."requested_delta" <= "point_entries"."delta"));--> statement-breakpoint
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_delta_ck" CHECK ("point_entries"."delta" <> 0 or "point_entries"."kind" in ('DEDUCTION', 'REVERSAL'));--> statement-breakpoint
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_sign_ck" CHECK (case "point_entries"."kind"
        when 'AWARD' then "point_entries"."delta" > 0
        when 'REFUND' then "point_entries"."delta" > 0
        when 'DEDUCTION' then "point_entries"."delta" <= 0
        when 'REDEMPTION' then "point_entries"."delta" < 0
        else true end);