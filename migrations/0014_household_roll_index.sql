DROP INDEX "households_village_status_idx";--> statement-breakpoint
CREATE INDEX "households_village_status_idx" ON "households" USING btree ("village_id","status","category");