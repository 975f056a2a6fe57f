CREATE TABLE "civic_matter_attachments" (
	"matter_id" integer NOT NULL,
	"file_id" integer NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "civic_matter_attachments_matter_id_position_pk" PRIMARY KEY("matter_id","position")
);
--> statement-breakpoint
CREATE TABLE "file_blobs" (
	"file_id" integer NOT NULL,
	"variant" text NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "file_blobs_file_id_variant_pk" PRIMARY KEY("file_id","variant"),
	CONSTRAINT "file_blobs_variant_ck" CHECK ("file_blobs"."variant" in ('full', 'thumb'))
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"uploaded_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"content_type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"thumb_width" integer NOT NULL,
	"thumb_height" integer NOT NULL,
	"thumb_bytes" integer NOT NULL,
	"attached_at" timestamp with time zone,
	CONSTRAINT "files_size_ck" CHECK ("files"."width" > 0 and "files"."height" > 0 and "files"."bytes" > 0 and "files"."thumb_width" > 0 and "files"."thumb_height" > 0 and "files"."thumb_bytes" > 0)
);
--> statement-breakpoint
ALTER TABLE "civic_matter_attachments" ADD CONSTRAINT "civic_matter_attachments_matter_id_civic_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."civic_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civic_matter_attachments" ADD CONSTRAINT "civic_matter_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_blobs" ADD CONSTRAINT "file_blobs_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "civic_matter_attachments_file_uq" ON "civic_matter_attachments" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "files_uploaded_by_created_idx" ON "files" USING btree ("uploaded_by","created_at");--> statement-breakpoint
CREATE INDEX "files_unattached_created_idx" ON "files" USING btree ("created_at") WHERE "files"."attached_at" is null;--> statement-breakpoint
-- A record's photos are part of its history: never changed, never deleted.
CREATE TRIGGER civic_matter_attachments_append_only BEFORE UPDATE OR DELETE ON civic_matter_attachments
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
--> statement-breakpoint
CREATE TRIGGER civic_matter_attachments_no_truncate BEFORE TRUNCATE ON civic_matter_attachments
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();
--> statement-breakpoint
-- Only an upload no record holds may be removed (the scheduler's sweep):
-- deleting an attached photo is refused by the database itself.
CREATE FUNCTION refuse_delete_of_attached_file() RETURNS trigger AS $$
BEGIN
  IF OLD.attached_at IS NOT NULL THEN
    RAISE EXCEPTION 'file % is attached to a record: delete refused', OLD.id
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER files_attached_kept BEFORE DELETE ON files
  FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_attached_file();
