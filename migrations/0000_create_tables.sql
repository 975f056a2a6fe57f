CREATE TYPE "public"."activity_category" AS ENUM('ELDERLY_AND_LEFT_BEHIND', 'POLICY', 'ENVIRONMENT', 'CULTURE', 'LEGAL_EDUCATION', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."activity_status" AS ENUM('PLANNED', 'HELD', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."assignment_role" AS ENUM('LEAD_UNIT', 'CO_UNIT', 'LEAD_OFFICIAL', 'SUPERVISOR');--> statement-breakpoint
CREATE TYPE "public"."assignment_state" AS ENUM('PENDING', 'ACCEPTED', 'RETURNED', 'DONE');--> statement-breakpoint
CREATE TYPE "public"."award_batch_status" AS ENUM('DRAFT', 'ON_PUBLICITY', 'POSTED', 'WITHDRAWN');--> statement-breakpoint
CREATE TYPE "public"."award_line_state" AS ENUM('INCLUDED', 'REMOVED');--> statement-breakpoint
CREATE TYPE "public"."calendar_day_kind" AS ENUM('HOLIDAY', 'WORKDAY');--> statement-breakpoint
CREATE TYPE "public"."civic_channel" AS ENUM('DIRECT', 'LEAD', 'JOINT', 'SUPERVISED');--> statement-breakpoint
CREATE TYPE "public"."civic_status" AS ENUM('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED', 'MERGED');--> statement-breakpoint
CREATE TYPE "public"."department_kind" AS ENUM('DISTRICT', 'TOWNSHIP', 'SUPERVISION_OFFICE');--> statement-breakpoint
CREATE TYPE "public"."entry_kind" AS ENUM('AWARD', 'DEDUCTION', 'REDEMPTION', 'REFUND', 'REVERSAL');--> statement-breakpoint
CREATE TYPE "public"."exchange_event_status" AS ENUM('OPEN', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."extension_state" AS ENUM('PENDING', 'APPROVED', 'REFUSED');--> statement-breakpoint
CREATE TYPE "public"."follow_up_method" AS ENUM('PHONE', 'VISIT', 'MEETING', 'ONLINE');--> statement-breakpoint
CREATE TYPE "public"."follow_up_resolved" AS ENUM('YES', 'PARTLY', 'NO');--> statement-breakpoint
CREATE TYPE "public"."household_category" AS ENUM('GENERAL', 'LIFTED', 'MONITORED');--> statement-breakpoint
CREATE TYPE "public"."household_status" AS ENUM('ACTIVE', 'MOVED', 'ARCHIVED');--> statement-breakpoint
CREATE TYPE "public"."intake_source" AS ENUM('VILLAGE_MEETING', 'DOOR_TO_DOOR', 'WALK_IN', 'PHONE', 'ONLINE');--> statement-breakpoint
CREATE TYPE "public"."redemption_status" AS ENUM('COMPLETED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('DISTRICT_ADMIN', 'DISTRICT_STAFF', 'TOWNSHIP_STAFF', 'VILLAGE_COMMITTEE', 'DEPARTMENT_STAFF', 'RESIDENT');--> statement-breakpoint
CREATE TYPE "public"."rule_category" AS ENUM('HYGIENE', 'FILIAL_PIETY', 'CUSTOMS_REFORM', 'VOLUNTEERING', 'LAW_ABIDING', 'INDUSTRY', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."satisfaction" AS ENUM('SATISFIED', 'BASICALLY', 'NOT');--> statement-breakpoint
CREATE TYPE "public"."supervision_level" AS ENUM('URGE', 'WRITTEN', 'ESCALATED');--> statement-breakpoint
CREATE TYPE "public"."team_kind" AS ENUM('WOMEN', 'VILLAGE_ASSISTANCE', 'SOCIAL_ORGANISATION', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."urgency" AS ENUM('NORMAL', 'URGENT', 'CRITICAL');--> statement-breakpoint
CREATE TABLE "departments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "departments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "department_kind" NOT NULL,
	"township_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "townships" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "townships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "villages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "villages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"township_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"has_shop" boolean DEFAULT true NOT NULL,
	"publicity_days" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "villages_publicity_days_ck" CHECK ("villages"."publicity_days" between 0 and 30)
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "households_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"village_id" integer NOT NULL,
	"number" text NOT NULL,
	"head_name" text NOT NULL,
	"member_count" integer NOT NULL,
	"phone" text,
	"address" text,
	"category" "household_category" DEFAULT 'GENERAL' NOT NULL,
	"status" "household_status" DEFAULT 'ACTIVE' NOT NULL,
	"balance" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "households_balance_ck" CHECK ("households"."balance" >= 0),
	CONSTRAINT "households_member_count_ck" CHECK ("households"."member_count" between 1 and 99)
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"address" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "role" NOT NULL,
	"township_id" integer,
	"village_id" integer,
	"department_id" integer,
	"household_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"token_version" integer DEFAULT 0 NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_scope_ck" CHECK ((case when "users"."role" = 'TOWNSHIP_STAFF' then "users"."township_id" is not null else "users"."township_id" is null end)
      and (case when "users"."role" = 'VILLAGE_COMMITTEE' then "users"."village_id" is not null else "users"."village_id" is null end)
      and (case when "users"."role" = 'DEPARTMENT_STAFF' then "users"."department_id" is not null else "users"."department_id" is null end)
      and (case when "users"."role" = 'RESIDENT' then "users"."household_id" is not null else "users"."household_id" is null end))
);
--> statement-breakpoint
CREATE TABLE "award_batch_lines" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "award_batch_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"batch_id" integer NOT NULL,
	"household_id" integer NOT NULL,
	"state" "award_line_state" DEFAULT 'INCLUDED' NOT NULL,
	"removed_reason" text
);
--> statement-breakpoint
CREATE TABLE "award_batches" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "award_batches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"village_id" integer NOT NULL,
	"rule_id" integer,
	"points" integer NOT NULL,
	"reason" text NOT NULL,
	"deed_date" date NOT NULL,
	"note" text,
	"status" "award_batch_status" NOT NULL,
	"publicity_ends_on" date,
	"idempotency_key" text NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"posted_at" timestamp with time zone,
	"posted_by" integer,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" integer,
	"withdraw_reason" text,
	CONSTRAINT "award_batches_points_ck" CHECK ("award_batches"."points" > 0)
);
--> statement-breakpoint
CREATE TABLE "award_objections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "award_objections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"line_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"operation" text NOT NULL,
	"request_hash" text NOT NULL,
	"result_ref" text,
	"user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "point_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "point_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"household_id" integer NOT NULL,
	"village_id" integer NOT NULL,
	"kind" "entry_kind" NOT NULL,
	"delta" integer NOT NULL,
	"balance_after" integer NOT NULL,
	"rule_id" integer,
	"batch_id" integer,
	"activity_id" integer,
	"redemption_id" integer,
	"reverses_entry_id" bigint,
	"reason" text NOT NULL,
	"deed_date" date NOT NULL,
	"recorded_by" integer NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idempotency_key" text NOT NULL,
	CONSTRAINT "point_entries_delta_ck" CHECK ("point_entries"."delta" <> 0),
	CONSTRAINT "point_entries_balance_after_ck" CHECK ("point_entries"."balance_after" >= 0),
	CONSTRAINT "point_entries_sign_ck" CHECK (case "point_entries"."kind"
        when 'AWARD' then "point_entries"."delta" > 0
        when 'REFUND' then "point_entries"."delta" > 0
        when 'DEDUCTION' then "point_entries"."delta" < 0
        when 'REDEMPTION' then "point_entries"."delta" < 0
        else true end),
	CONSTRAINT "point_entries_reversal_ck" CHECK (("point_entries"."kind" = 'REVERSAL') = ("point_entries"."reverses_entry_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "point_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "point_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"village_id" integer,
	"category" "rule_category" NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"points" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "point_rules_points_ck" CHECK ("point_rules"."points" <> 0)
);
--> statement-breakpoint
CREATE TABLE "exchange_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "exchange_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"village_id" integer NOT NULL,
	"date" date NOT NULL,
	"title" text NOT NULL,
	"status" "exchange_event_status" DEFAULT 'OPEN' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "products_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"village_id" integer NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"price" integer NOT NULL,
	"stock" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_price_ck" CHECK ("products"."price" > 0),
	CONSTRAINT "products_stock_ck" CHECK ("products"."stock" >= 0)
);
--> statement-breakpoint
CREATE TABLE "redemption_lines" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "redemption_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"redemption_id" integer NOT NULL,
	"product_id" integer NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price" integer NOT NULL,
	CONSTRAINT "redemption_lines_quantity_ck" CHECK ("redemption_lines"."quantity" > 0),
	CONSTRAINT "redemption_lines_unit_price_ck" CHECK ("redemption_lines"."unit_price" > 0)
);
--> statement-breakpoint
CREATE TABLE "redemptions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "redemptions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"household_id" integer NOT NULL,
	"village_id" integer NOT NULL,
	"event_id" integer,
	"total" integer NOT NULL,
	"status" "redemption_status" DEFAULT 'COMPLETED' NOT NULL,
	"idempotency_key" text NOT NULL,
	"recorded_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" integer,
	"cancel_reason" text,
	CONSTRAINT "redemptions_total_ck" CHECK ("redemptions"."total" > 0)
);
--> statement-breakpoint
CREATE TABLE "stock_movements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stock_movements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"product_id" integer NOT NULL,
	"delta" integer NOT NULL,
	"reason" text NOT NULL,
	"recorded_by" integer NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_movements_delta_ck" CHECK ("stock_movements"."delta" <> 0)
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"brand_id" integer,
	"team_id" integer,
	"village_id" integer NOT NULL,
	"date" date NOT NULL,
	"place" text,
	"category" "activity_category" NOT NULL,
	"description" text,
	"points_per_participant" integer,
	"rule_id" integer,
	"status" "activity_status" DEFAULT 'PLANNED' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_points_ck" CHECK ("activities"."points_per_participant" is null or "activities"."points_per_participant" > 0)
);
--> statement-breakpoint
CREATE TABLE "activity_participants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activity_participants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"activity_id" integer NOT NULL,
	"household_id" integer NOT NULL,
	"people" integer DEFAULT 1 NOT NULL,
	"hours" numeric(6, 1) DEFAULT '0' NOT NULL,
	CONSTRAINT "activity_participants_people_ck" CHECK ("activity_participants"."people" >= 1),
	CONSTRAINT "activity_participants_hours_ck" CHECK ("activity_participants"."hours" >= 0)
);
--> statement-breakpoint
CREATE TABLE "service_brands" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_brands_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"description" text,
	"township_id" integer,
	"village_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_teams" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "volunteer_teams_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"kind" "team_kind" NOT NULL,
	"township_id" integer,
	"village_id" integer,
	"leader_name" text,
	"member_count" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_teams_member_count_ck" CHECK ("volunteer_teams"."member_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "civic_categories" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "civic_categories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"default_channel" "civic_channel" NOT NULL,
	"deadline_days" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "civic_categories_deadline_ck" CHECK ("civic_categories"."deadline_days" > 0)
);
--> statement-breakpoint
CREATE TABLE "civic_code_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "civic_matters" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "civic_matters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"category_id" integer NOT NULL,
	"village_id" integer NOT NULL,
	"township_id" integer NOT NULL,
	"address" text,
	"submitter_household_id" integer,
	"submitter_name" text,
	"submitter_phone" text,
	"anonymous" boolean DEFAULT false NOT NULL,
	"source" "intake_source" NOT NULL,
	"urgency" "urgency" DEFAULT 'NORMAL' NOT NULL,
	"channel" "civic_channel",
	"status" "civic_status" DEFAULT 'RECEIVED' NOT NULL,
	"due_date" date,
	"supervision_level" "supervision_level",
	"rework_count" integer DEFAULT 0 NOT NULL,
	"duplicate_of_id" integer,
	"resolution" text,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"close_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "civic_matters_rework_ck" CHECK ("civic_matters"."rework_count" >= 0),
	CONSTRAINT "civic_matters_anonymous_ck" CHECK (not "civic_matters"."anonymous" or ("civic_matters"."submitter_name" is null and "civic_matters"."submitter_phone" is null))
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "follow_ups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"matter_id" integer NOT NULL,
	"method" "follow_up_method" NOT NULL,
	"reached" boolean NOT NULL,
	"resolved" "follow_up_resolved",
	"satisfaction" "satisfaction",
	"comment" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_ups_reached_ck" CHECK ("follow_ups"."reached" or ("follow_ups"."resolved" is null and "follow_ups"."satisfaction" is null))
);
--> statement-breakpoint
CREATE TABLE "matter_assignments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "matter_assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"matter_id" integer NOT NULL,
	"role" "assignment_role" NOT NULL,
	"department_id" integer,
	"village_id" integer,
	"official_user_id" integer,
	"person_name" text,
	"state" "assignment_state" DEFAULT 'PENDING' NOT NULL,
	"due_date" date NOT NULL,
	"return_reason" text,
	"result_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matter_assignments_unit_ck" CHECK ("matter_assignments"."department_id" is not null or "matter_assignments"."village_id" is not null or "matter_assignments"."official_user_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "matter_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "matter_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"matter_id" integer NOT NULL,
	"type" text NOT NULL,
	"from_status" "civic_status",
	"to_status" "civic_status",
	"actor_id" integer,
	"note" text,
	"public" boolean DEFAULT true NOT NULL,
	"data" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matter_extensions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "matter_extensions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"matter_id" integer NOT NULL,
	"assignment_id" integer,
	"requested_due_date" date NOT NULL,
	"reason" text NOT NULL,
	"state" "extension_state" DEFAULT 'PENDING' NOT NULL,
	"requested_by" integer NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
CREATE TABLE "matter_supervisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "matter_supervisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"matter_id" integer NOT NULL,
	"level" "supervision_level" NOT NULL,
	"reason" text NOT NULL,
	"response_due" date NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" "calendar_day_kind" NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" integer,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"detail" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_batch_lines" ADD CONSTRAINT "award_batch_lines_batch_id_award_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."award_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_batch_lines" ADD CONSTRAINT "award_batch_lines_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_batches" ADD CONSTRAINT "award_batches_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_batches" ADD CONSTRAINT "award_batches_rule_id_point_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."point_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_batches" ADD CONSTRAINT "award_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_batches" ADD CONSTRAINT "award_batches_posted_by_users_id_fk" FOREIGN KEY ("posted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_batches" ADD CONSTRAINT "award_batches_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_objections" ADD CONSTRAINT "award_objections_line_id_award_batch_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."award_batch_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_objections" ADD CONSTRAINT "award_objections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_rule_id_point_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."point_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_batch_id_award_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."award_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_redemption_id_redemptions_id_fk" FOREIGN KEY ("redemption_id") REFERENCES "public"."redemptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_reverses_entry_id_point_entries_id_fk" FOREIGN KEY ("reverses_entry_id") REFERENCES "public"."point_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_rules" ADD CONSTRAINT "point_rules_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_events" ADD CONSTRAINT "exchange_events_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemption_lines" ADD CONSTRAINT "redemption_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemption_lines" ADD CONSTRAINT "redemption_lines_redemption_fk" FOREIGN KEY ("redemption_id") REFERENCES "public"."redemptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_event_id_exchange_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."exchange_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_brand_id_service_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."service_brands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_team_id_volunteer_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_rule_id_point_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."point_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_brands" ADD CONSTRAINT "service_brands_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_brands" ADD CONSTRAINT "service_brands_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_teams" ADD CONSTRAINT "volunteer_teams_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_teams" ADD CONSTRAINT "volunteer_teams_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civic_matters" ADD CONSTRAINT "civic_matters_category_id_civic_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."civic_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civic_matters" ADD CONSTRAINT "civic_matters_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civic_matters" ADD CONSTRAINT "civic_matters_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civic_matters" ADD CONSTRAINT "civic_matters_submitter_household_id_households_id_fk" FOREIGN KEY ("submitter_household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civic_matters" ADD CONSTRAINT "civic_matters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civic_matters" ADD CONSTRAINT "civic_matters_duplicate_of_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."civic_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_matter_id_civic_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."civic_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_assignments" ADD CONSTRAINT "matter_assignments_matter_id_civic_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."civic_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_assignments" ADD CONSTRAINT "matter_assignments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_assignments" ADD CONSTRAINT "matter_assignments_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_assignments" ADD CONSTRAINT "matter_assignments_official_user_id_users_id_fk" FOREIGN KEY ("official_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_events" ADD CONSTRAINT "matter_events_matter_id_civic_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."civic_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_events" ADD CONSTRAINT "matter_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_extensions" ADD CONSTRAINT "matter_extensions_matter_id_civic_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."civic_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_extensions" ADD CONSTRAINT "matter_extensions_assignment_id_matter_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."matter_assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_extensions" ADD CONSTRAINT "matter_extensions_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_extensions" ADD CONSTRAINT "matter_extensions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_supervisions" ADD CONSTRAINT "matter_supervisions_matter_id_civic_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."civic_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_supervisions" ADD CONSTRAINT "matter_supervisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "departments_code_uq" ON "departments" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "departments_name_uq" ON "departments" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "townships_code_uq" ON "townships" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "townships_name_uq" ON "townships" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "villages_code_uq" ON "villages" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "villages_township_name_uq" ON "villages" USING btree ("township_id","name");--> statement-breakpoint
CREATE INDEX "villages_township_idx" ON "villages" USING btree ("township_id");--> statement-breakpoint
CREATE UNIQUE INDEX "households_village_number_uq" ON "households" USING btree ("village_id","number");--> statement-breakpoint
CREATE INDEX "households_village_status_idx" ON "households" USING btree ("village_id","status");--> statement-breakpoint
CREATE INDEX "households_category_idx" ON "households" USING btree ("category");--> statement-breakpoint
CREATE INDEX "households_head_name_idx" ON "households" USING btree ("head_name");--> statement-breakpoint
CREATE INDEX "login_attempts_username_at_idx" ON "login_attempts" USING btree ("username","at");--> statement-breakpoint
CREATE INDEX "login_attempts_address_at_idx" ON "login_attempts" USING btree ("address","at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_uq" ON "users" USING btree ("username");--> statement-breakpoint
CREATE INDEX "users_village_idx" ON "users" USING btree ("village_id");--> statement-breakpoint
CREATE INDEX "users_department_idx" ON "users" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "award_batch_lines_batch_household_uq" ON "award_batch_lines" USING btree ("batch_id","household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "award_batches_idempotency_uq" ON "award_batches" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "award_batches_village_status_idx" ON "award_batches" USING btree ("village_id","status");--> statement-breakpoint
CREATE INDEX "award_objections_line_idx" ON "award_objections" USING btree ("line_id");--> statement-breakpoint
CREATE UNIQUE INDEX "point_entries_idempotency_uq" ON "point_entries" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "point_entries_reverses_uq" ON "point_entries" USING btree ("reverses_entry_id");--> statement-breakpoint
CREATE INDEX "point_entries_household_idx" ON "point_entries" USING btree ("household_id","id");--> statement-breakpoint
CREATE INDEX "point_entries_village_deed_idx" ON "point_entries" USING btree ("village_id","deed_date");--> statement-breakpoint
CREATE INDEX "point_entries_kind_deed_idx" ON "point_entries" USING btree ("kind","deed_date");--> statement-breakpoint
CREATE INDEX "point_entries_rule_idx" ON "point_entries" USING btree ("rule_id");--> statement-breakpoint
CREATE INDEX "point_entries_activity_idx" ON "point_entries" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "point_entries_redemption_idx" ON "point_entries" USING btree ("redemption_id");--> statement-breakpoint
CREATE INDEX "point_rules_village_idx" ON "point_rules" USING btree ("village_id");--> statement-breakpoint
CREATE INDEX "exchange_events_village_date_idx" ON "exchange_events" USING btree ("village_id","date");--> statement-breakpoint
CREATE INDEX "exchange_events_date_idx" ON "exchange_events" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "products_village_name_uq" ON "products" USING btree ("village_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "redemption_lines_redemption_product_uq" ON "redemption_lines" USING btree ("redemption_id","product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "redemptions_idempotency_uq" ON "redemptions" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "redemptions_household_idx" ON "redemptions" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "redemptions_village_created_idx" ON "redemptions" USING btree ("village_id","created_at");--> statement-breakpoint
CREATE INDEX "redemptions_event_idx" ON "redemptions" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "stock_movements_product_idx" ON "stock_movements" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "activities_village_date_idx" ON "activities" USING btree ("village_id","date");--> statement-breakpoint
CREATE INDEX "activities_date_idx" ON "activities" USING btree ("date");--> statement-breakpoint
CREATE INDEX "activities_brand_idx" ON "activities" USING btree ("brand_id");--> statement-breakpoint
CREATE INDEX "activities_team_idx" ON "activities" USING btree ("team_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_participants_activity_household_uq" ON "activity_participants" USING btree ("activity_id","household_id");--> statement-breakpoint
CREATE INDEX "activity_participants_household_idx" ON "activity_participants" USING btree ("household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_brands_name_uq" ON "service_brands" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_teams_name_uq" ON "volunteer_teams" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "civic_categories_code_uq" ON "civic_categories" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "civic_matters_code_uq" ON "civic_matters" USING btree ("code");--> statement-breakpoint
CREATE INDEX "civic_matters_status_idx" ON "civic_matters" USING btree ("status");--> statement-breakpoint
CREATE INDEX "civic_matters_channel_idx" ON "civic_matters" USING btree ("channel");--> statement-breakpoint
CREATE INDEX "civic_matters_category_idx" ON "civic_matters" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "civic_matters_village_idx" ON "civic_matters" USING btree ("village_id");--> statement-breakpoint
CREATE INDEX "civic_matters_township_received_idx" ON "civic_matters" USING btree ("township_id","received_at");--> statement-breakpoint
CREATE INDEX "civic_matters_due_idx" ON "civic_matters" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "civic_matters_submitter_idx" ON "civic_matters" USING btree ("submitter_household_id");--> statement-breakpoint
CREATE INDEX "follow_ups_matter_idx" ON "follow_ups" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "matter_assignments_matter_idx" ON "matter_assignments" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "matter_assignments_department_state_idx" ON "matter_assignments" USING btree ("department_id","state");--> statement-breakpoint
CREATE INDEX "matter_assignments_official_state_idx" ON "matter_assignments" USING btree ("official_user_id","state");--> statement-breakpoint
CREATE INDEX "matter_events_matter_idx" ON "matter_events" USING btree ("matter_id","id");--> statement-breakpoint
CREATE INDEX "matter_events_type_at_idx" ON "matter_events" USING btree ("type","at");--> statement-breakpoint
CREATE INDEX "matter_extensions_matter_idx" ON "matter_extensions" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "matter_supervisions_matter_idx" ON "matter_supervisions" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_at_idx" ON "audit_log" USING btree ("actor_id","at");