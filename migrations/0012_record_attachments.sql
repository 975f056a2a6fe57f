CREATE TABLE "activity_attachments" (
	"activity_id" integer NOT NULL,
	"file_id" integer NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_attachments_activity_id_position_pk" PRIMARY KEY("activity_id","position")
);
--> statement-breakpoint
CREATE TABLE "award_batch_attachments" (
	"batch_id" integer NOT NULL,
	"file_id" integer NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_batch_attachments_batch_id_position_pk" PRIMARY KEY("batch_id","position")
);
--> statement-breakpoint
CREATE TABLE "award_line_attachments" (
	"line_id" integer NOT NULL,
	"file_id" integer NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_line_attachments_line_id_position_pk" PRIMARY KEY("line_id","position")
);
--> statement-breakpoint
CREATE TABLE "point_entry_attachments" (
	"entry_id" bigint NOT NULL,
	"file_id" integer NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "point_entry_attachments_entry_id_position_pk" PRIMARY KEY("entry_id","position")
);
--> statement-breakpoint
CREATE TABLE "product_attachments" (
	"product_id" integer NOT NULL,
	"file_id" integer NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_attachments_product_id_position_pk" PRIMARY KEY("product_id","position")
);
--> statement-breakpoint
ALTER TABLE "activity_attachments" ADD CONSTRAINT "activity_attachments_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_attachments" ADD CONSTRAINT "activity_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_batch_attachments" ADD CONSTRAINT "award_batch_attachments_batch_id_award_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."award_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_batch_attachments" ADD CONSTRAINT "award_batch_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_line_attachments" ADD CONSTRAINT "award_line_attachments_line_id_award_batch_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."award_batch_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_line_attachments" ADD CONSTRAINT "award_line_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_entry_attachments" ADD CONSTRAINT "point_entry_attachments_entry_id_point_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."point_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_entry_attachments" ADD CONSTRAINT "point_entry_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_attachments" ADD CONSTRAINT "product_attachments_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_attachments" ADD CONSTRAINT "product_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_attachments_file_uq" ON "activity_attachments" USING btree ("file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "award_batch_attachments_file_uq" ON "award_batch_attachments" USING btree ("file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "award_line_attachments_file_uq" ON "award_line_attachments" USING btree ("file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "point_entry_attachments_entry_file_uq" ON "point_entry_attachments" USING btree ("entry_id","file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "product_attachments_file_uq" ON "product_attachments" USING btree ("file_id");--> statement-breakpoint
-- A record's photos are part of its history: never changed, never deleted.
CREATE TRIGGER award_batch_attachments_append_only BEFORE UPDATE OR DELETE ON award_batch_attachments
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
--> statement-breakpoint
CREATE TRIGGER award_batch_attachments_no_truncate BEFORE TRUNCATE ON award_batch_attachments
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();
--> statement-breakpoint
CREATE TRIGGER award_line_attachments_append_only BEFORE UPDATE OR DELETE ON award_line_attachments
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
--> statement-breakpoint
CREATE TRIGGER award_line_attachments_no_truncate BEFORE TRUNCATE ON award_line_attachments
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();
--> statement-breakpoint
CREATE TRIGGER point_entry_attachments_append_only BEFORE UPDATE OR DELETE ON point_entry_attachments
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
--> statement-breakpoint
CREATE TRIGGER point_entry_attachments_no_truncate BEFORE TRUNCATE ON point_entry_attachments
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();
--> statement-breakpoint
CREATE TRIGGER activity_attachments_append_only BEFORE UPDATE OR DELETE ON activity_attachments
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
--> statement-breakpoint
CREATE TRIGGER activity_attachments_no_truncate BEFORE TRUNCATE ON activity_attachments
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();
--> statement-breakpoint
CREATE TRIGGER product_attachments_append_only BEFORE UPDATE OR DELETE ON product_attachments
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
--> statement-breakpoint
CREATE TRIGGER product_attachments_no_truncate BEFORE TRUNCATE ON product_attachments
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();
