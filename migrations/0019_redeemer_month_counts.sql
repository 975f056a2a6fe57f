CREATE TABLE "redeemer_month_counts" (
	"village_id" integer NOT NULL,
	"year" integer NOT NULL,
	"month" smallint NOT NULL,
	"slot" smallint DEFAULT 0 NOT NULL,
	"households" integer NOT NULL,
	"people" integer NOT NULL,
	"touched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "redeemer_month_counts_village_id_year_month_slot_pk" PRIMARY KEY("village_id","year","month","slot")
);
--> statement-breakpoint
ALTER TABLE "redeemer_month_counts" ADD CONSTRAINT "redeemer_month_counts_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A whole year's or one month's redeeming households (pointsReport,
-- districtReport) are sums of these counts instead of a pass over one
-- redeemer_years row per household. A row of redeemer_years counts in its
-- year (month 0) and in each of its months; none when it has no month.
CREATE FUNCTION redeemer_months(months integer) RETURNS SETOF smallint IMMUTABLE LANGUAGE sql AS $$
  SELECT 0::smallint WHERE months <> 0
  UNION ALL
  SELECT n::smallint FROM generate_series(1, 12) AS n WHERE months & (1 << (n - 1)) <> 0
$$;--> statement-breakpoint
-- What the counts must equal (reconcileLedger), and what a rebuild writes.
CREATE VIEW redeemer_month_counts_recomputed AS
SELECT r.village_id, r.year, m.month, count(*)::integer AS households, sum(r.people)::integer AS people
FROM redeemer_years r CROSS JOIN LATERAL redeemer_months(r.months) AS m(month)
GROUP BY 1, 2, 3;--> statement-breakpoint
-- Adds signed rows of redeemer_years (1: as they are now, -1: as they were).
-- A sale that only adds to a month already counted nets to nothing and
-- writes nothing; otherwise the rows are written in key order (no two sales
-- lock two rows in opposite orders), in the household's slot.
CREATE FUNCTION redeemer_month_counts_add(p_signs integer[], p_households integer[], p_villages integer[], p_years integer[], p_people integer[], p_months integer[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO redeemer_month_counts AS c (village_id, year, month, slot, households, people, touched_at)
  SELECT r.village_id, r.year, m.month, r.household_id % 16, sum(r.sign), sum(r.sign * r.people), now()
  FROM unnest(p_signs, p_households, p_villages, p_years, p_people, p_months) AS r(sign, household_id, village_id, year, people, months)
  CROSS JOIN LATERAL redeemer_months(r.months) AS m(month)
  GROUP BY 1, 2, 3, 4
  HAVING sum(r.sign) <> 0 OR sum(r.sign * r.people) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (village_id, year, month, slot) DO UPDATE
    SET households = c.households + excluded.households, people = c.people + excluded.people, touched_at = excluded.touched_at
$$;--> statement-breakpoint
CREATE FUNCTION redeemer_month_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM redeemer_month_counts_add(array_agg(1), array_agg(household_id), array_agg(village_id), array_agg(year), array_agg(people), array_agg(months))
    FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM redeemer_month_counts_add(array_agg(-1), array_agg(household_id), array_agg(village_id), array_agg(year), array_agg(people), array_agg(months))
    FROM old_rows;
  ELSE
    PERFORM redeemer_month_counts_add(array_agg(sign), array_agg(household_id), array_agg(village_id), array_agg(year), array_agg(people), array_agg(months))
    FROM (SELECT 1 AS sign, household_id, village_id, year, people, months FROM new_rows
          UNION ALL SELECT -1, household_id, village_id, year, people, months FROM old_rows) AS changed;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER redeemer_years_counted AFTER INSERT ON redeemer_years
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION redeemer_month_counts_keep();--> statement-breakpoint
CREATE TRIGGER redeemer_years_uncounted AFTER DELETE ON redeemer_years
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION redeemer_month_counts_keep();--> statement-breakpoint
CREATE TRIGGER redeemer_years_recounted AFTER UPDATE ON redeemer_years
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION redeemer_month_counts_keep();--> statement-breakpoint
INSERT INTO redeemer_month_counts (village_id, year, month, households, people)
SELECT village_id, year, month, households, people FROM redeemer_month_counts_recomputed;
