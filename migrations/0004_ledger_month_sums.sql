CREATE TABLE "ledger_month_sums" (
	"village_id" integer NOT NULL,
	"month" text NOT NULL,
	"kind" "entry_kind" NOT NULL,
	"points" bigint NOT NULL,
	"entries" integer NOT NULL,
	CONSTRAINT "ledger_month_sums_village_id_month_kind_pk" PRIMARY KEY("village_id","month","kind")
);
--> statement-breakpoint
ALTER TABLE "ledger_month_sums" ADD CONSTRAINT "ledger_month_sums_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The sums are kept by one statement trigger: every INSERT into point_entries
-- adds its rows' sums in the same transaction, whoever writes them.
CREATE FUNCTION ledger_month_sums_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ledger_month_sums (village_id, month, kind, points, entries)
  SELECT village_id, to_char(deed_date, 'YYYY-MM'), kind, sum(delta), count(*)
  FROM new_entries
  GROUP BY 1, 2, 3
  ON CONFLICT (village_id, month, kind) DO UPDATE
    SET points = ledger_month_sums.points + excluded.points,
        entries = ledger_month_sums.entries + excluded.entries;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER point_entries_month_sums AFTER INSERT ON point_entries
  REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION ledger_month_sums_add();
--> statement-breakpoint
INSERT INTO ledger_month_sums (village_id, month, kind, points, entries)
SELECT village_id, to_char(deed_date, 'YYYY-MM'), kind, sum(delta), count(*)
FROM point_entries
GROUP BY 1, 2, 3;
