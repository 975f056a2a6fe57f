CREATE TABLE "household_counts" (
	"village_id" integer NOT NULL,
	"status" "household_status" NOT NULL,
	"category" "household_category" NOT NULL,
	"households" integer NOT NULL,
	CONSTRAINT "household_counts_village_id_status_category_pk" PRIMARY KEY("village_id","status","category"),
	CONSTRAINT "household_counts_households_ck" CHECK ("household_counts"."households" >= 0)
);
--> statement-breakpoint
ALTER TABLE "household_counts" ADD CONSTRAINT "household_counts_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- districtReport's household roll counted every household of the area
-- (the district's: 120,000 rows, ~25–50 ms); it now sums these counts.
-- Inserts and deletes are counted by statement (a generated district's
-- 120,000 households in one go); a change of village, status or category
-- by row. UPDATE OF names the columns, so a sale's balance update, which
-- names only the balance, fires nothing.
CREATE FUNCTION household_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO household_counts (village_id, status, category, households)
  SELECT village_id, status, category, count(*) FROM new_rows GROUP BY 1, 2, 3
  ON CONFLICT (village_id, status, category) DO UPDATE SET households = household_counts.households + excluded.households;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER households_counted AFTER INSERT ON households
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION household_counts_add();--> statement-breakpoint
CREATE FUNCTION household_counts_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE household_counts c SET households = c.households - o.n
  FROM (SELECT village_id, status, category, count(*) AS n FROM old_rows GROUP BY 1, 2, 3) o
  WHERE c.village_id = o.village_id AND c.status = o.status AND c.category = o.category;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER households_uncounted AFTER DELETE ON households
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION household_counts_remove();--> statement-breakpoint
CREATE FUNCTION household_counts_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE household_counts SET households = households - 1
  WHERE village_id = OLD.village_id AND status = OLD.status AND category = OLD.category;
  INSERT INTO household_counts (village_id, status, category, households) VALUES (NEW.village_id, NEW.status, NEW.category, 1)
  ON CONFLICT (village_id, status, category) DO UPDATE SET households = household_counts.households + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER households_recounted AFTER UPDATE OF village_id, status, category ON households FOR EACH ROW
  WHEN (OLD.village_id IS DISTINCT FROM NEW.village_id OR OLD.status IS DISTINCT FROM NEW.status OR OLD.category IS DISTINCT FROM NEW.category)
  EXECUTE FUNCTION household_counts_move();--> statement-breakpoint
INSERT INTO household_counts (village_id, status, category, households)
SELECT village_id, status, category, count(*) FROM households GROUP BY 1, 2, 3;
