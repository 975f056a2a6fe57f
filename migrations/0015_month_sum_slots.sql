-- A village's sales and refunds at the same moment all added to one
-- ledger_month_sums row (village, month, kind), each holding its lock until
-- its commit: on an exchange day the village's sales queued there. Those two
-- kinds now spread over 16 rows by household; the other kinds (awards in
-- batches, deductions one at a time) keep slot 0, as do the existing rows.
-- Readers add the slots; the scheduler folds a slot back into 0 once no
-- entry has touched it for ten minutes (scheduler/month-sum-fold-job.ts), so the
-- reports read about as many rows as before.
ALTER TABLE "ledger_month_sums" ADD COLUMN "slot" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_month_sums" ADD COLUMN "touched_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_month_sums" DROP CONSTRAINT "ledger_month_sums_village_id_month_kind_pk";--> statement-breakpoint
ALTER TABLE "ledger_month_sums" ADD CONSTRAINT "ledger_month_sums_village_id_month_kind_slot_pk" PRIMARY KEY("village_id","month","kind","slot");--> statement-breakpoint
CREATE OR REPLACE FUNCTION ledger_month_sums_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ledger_month_sums (village_id, month, kind, slot, points, entries)
  SELECT village_id, to_char(deed_date, 'YYYY-MM'), kind,
         CASE WHEN kind IN ('REDEMPTION', 'REFUND') THEN household_id % 16 ELSE 0 END,
         sum(delta), count(*)
  FROM new_entries
  GROUP BY 1, 2, 3, 4
  ON CONFLICT (village_id, month, kind, slot) DO UPDATE
    SET points = ledger_month_sums.points + excluded.points,
        entries = ledger_month_sums.entries + excluded.entries,
        touched_at = excluded.touched_at;
  RETURN NULL;
END $$;
