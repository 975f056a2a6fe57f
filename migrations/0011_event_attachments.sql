CREATE TABLE "matter_event_attachments" (
	"event_id" bigint NOT NULL,
	"file_id" integer NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matter_event_attachments_event_id_position_pk" PRIMARY KEY("event_id","position")
);
--> statement-breakpoint
ALTER TABLE "matter_event_attachments" ADD CONSTRAINT "matter_event_attachments_event_id_matter_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."matter_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_event_attachments" ADD CONSTRAINT "matter_event_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "matter_event_attachments_file_uq" ON "matter_event_attachments" USING btree ("file_id");--> statement-breakpoint
-- An event's photos are part of the matter's history: never changed, never deleted.
CREATE TRIGGER matter_event_attachments_append_only BEFORE UPDATE OR DELETE ON matter_event_attachments
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
--> statement-breakpoint
CREATE TRIGGER matter_event_attachments_no_truncate BEFORE TRUNCATE ON matter_event_attachments
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();
