import { eq, sql } from "drizzle-orm";
import { users } from "@cunwu/schema";
import type { Db } from "../db/database";
import { audit } from "../audit/audit";
import { hashPassword, verifyPassword } from "./password";

/**
 * Creates the district admin named by CUNWU_ADMIN_USERNAME, or resets it to
 * an active admin with CUNWU_ADMIN_PASSWORD: the way back in when every admin
 * password is lost. Nothing changes when it already is exactly that.
 */
export async function bootstrapAdmin(db: Db, username: string, password: string): Promise<"created" | "reset" | "unchanged"> {
  const [existing] = await db.select().from(users).where(eq(users.username, username));
  if (
    existing &&
    existing.role === "DISTRICT_ADMIN" &&
    existing.active &&
    (await verifyPassword(existing.passwordHash, password))
  ) {
    return "unchanged";
  }
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    if (existing) {
      await tx
        .update(users)
        .set({
          passwordHash,
          role: "DISTRICT_ADMIN",
          townshipId: null,
          villageId: null,
          departmentId: null,
          householdId: null,
          active: true,
          tokenVersion: sql`${users.tokenVersion} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(users.id, existing.id));
      await audit(tx, null, "bootstrap-reset", "user", existing.id, { username });
      return "reset";
    }
    const [row] = await tx
      .insert(users)
      .values({ username, passwordHash, displayName: "District admin", role: "DISTRICT_ADMIN" })
      .returning();
    await audit(tx, null, "bootstrap-create", "user", row!.id, { username });
    return "created";
  });
}
