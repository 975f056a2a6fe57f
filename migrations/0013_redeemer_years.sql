CREATE TABLE "redeemer_years" (
	"household_id" integer NOT NULL,
	"year" integer NOT NULL,
	"village_id" integer NOT NULL,
	"people" integer NOT NULL,
	"counts" integer[] NOT NULL,
	"months" integer GENERATED ALWAYS AS ((case when counts[1] > 0 then 1 else 0 end) | (case when counts[2] > 0 then 2 else 0 end) | (case when counts[3] > 0 then 4 else 0 end) | (case when counts[4] > 0 then 8 else 0 end) | (case when counts[5] > 0 then 16 else 0 end) | (case when counts[6] > 0 then 32 else 0 end) | (case when counts[7] > 0 then 64 else 0 end) | (case when counts[8] > 0 then 128 else 0 end) | (case when counts[9] > 0 then 256 else 0 end) | (case when counts[10] > 0 then 512 else 0 end) | (case when counts[11] > 0 then 1024 else 0 end) | (case when counts[12] > 0 then 2048 else 0 end)) STORED NOT NULL,
	CONSTRAINT "redeemer_years_household_id_year_pk" PRIMARY KEY("household_id","year"),
	CONSTRAINT "redeemer_years_counts_ck" CHECK (cardinality("redeemer_years"."counts") = 12)
);
--> statement-breakpoint
ALTER TABLE "redeemer_years" ADD CONSTRAINT "redeemer_years_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redeemer_years" ADD CONSTRAINT "redeemer_years_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "redeemer_years_village_year_idx" ON "redeemer_years" USING btree ("village_id","year","household_id","people","months");--> statement-breakpoint
-- The district's time zone, by which redemptions are dated into months. The
-- server replaces this function when its configured zone differs, and
-- rebuilds the rollup (server/src/points/rollups.ts).
CREATE FUNCTION district_timezone() RETURNS text IMMUTABLE LANGUAGE sql AS $$ SELECT 'Asia/Shanghai' $$;
--> statement-breakpoint
-- A month's count as a year's twelve (the others 0), and the sum of two such.
CREATE FUNCTION month_counts(month integer, n integer) RETURNS integer[] IMMUTABLE LANGUAGE sql AS $$
  SELECT array_fill(0, ARRAY[month - 1]) || n || array_fill(0, ARRAY[12 - month])
$$;
--> statement-breakpoint
CREATE FUNCTION add_month_counts(a integer[], b integer[]) RETURNS integer[] IMMUTABLE LANGUAGE sql AS $$
  SELECT array_agg(x + y ORDER BY i) FROM unnest(a, b) WITH ORDINALITY AS t(x, y, i)
$$;
--> statement-breakpoint
CREATE AGGREGATE sum_month_counts(integer[]) (SFUNC = add_month_counts, STYPE = integer[], INITCOND = '{0,0,0,0,0,0,0,0,0,0,0,0}');
--> statement-breakpoint
-- A household's redemptions that are not cancelled, by district year and
-- month, recomputed from the redemptions themselves: what the rollup must
-- equal (reconcileLedger), and what a rebuild writes.
CREATE VIEW redeemer_years_recomputed AS
SELECT r.household_id, extract(year FROM r.created_at AT TIME ZONE district_timezone())::integer AS year,
       min(r.village_id) AS village_id, min(h.member_count) AS people,
       sum_month_counts(month_counts(extract(month FROM r.created_at AT TIME ZONE district_timezone())::integer, 1)) AS counts
FROM redemptions r JOIN households h ON h.id = r.household_id
WHERE r.status = 'COMPLETED'
GROUP BY 1, 2;
--> statement-breakpoint
-- Kept in the ledger's own statement: a REDEMPTION entry counts its
-- redemption, a REFUND (the redemption cancelled) takes it away. The entry is
-- written with the household's balance, so the household's row is locked
-- before this row is, as in every other writer: no deadlock.
CREATE FUNCTION redeemer_years_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO redeemer_years (household_id, year, village_id, people, counts)
  SELECT c.household_id, c.year, min(c.village_id), min(h.member_count), sum_month_counts(month_counts(c.month, c.n))
  FROM (
    SELECT r.household_id, r.village_id,
           extract(year FROM r.created_at AT TIME ZONE district_timezone())::integer AS year,
           extract(month FROM r.created_at AT TIME ZONE district_timezone())::integer AS month,
           CASE e.kind WHEN 'REDEMPTION' THEN 1 ELSE -1 END AS n
    FROM new_entries e JOIN redemptions r ON r.id = e.redemption_id
    WHERE e.kind IN ('REDEMPTION', 'REFUND')
  ) c JOIN households h ON h.id = c.household_id
  GROUP BY c.household_id, c.year
  ON CONFLICT (household_id, year) DO UPDATE SET counts = add_month_counts(redeemer_years.counts, excluded.counts);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER point_entries_redeemer_years AFTER INSERT ON point_entries
  REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION redeemer_years_count();
--> statement-breakpoint
CREATE FUNCTION redeemer_years_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE redeemer_years SET people = NEW.member_count WHERE household_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER households_redeemer_people AFTER UPDATE OF member_count ON households
  FOR EACH ROW WHEN (OLD.member_count IS DISTINCT FROM NEW.member_count) EXECUTE FUNCTION redeemer_years_people();
--> statement-breakpoint
INSERT INTO redeemer_years (household_id, year, village_id, people, counts)
SELECT household_id, year, village_id, people, counts FROM redeemer_years_recomputed;
--> statement-breakpoint
ANALYZE redeemer_years;
