// Seeds the demo school into an empty database (no school yet). Idempotent: does nothing when a school exists.
import { connectDatabase } from '../client.ts';
import { seedDemoCouncilCycle } from './seedDemoCouncilCycle.ts';
import { seedDemoDossier } from './seedDemoDossier.ts';
import { seedDemoPosting } from './seedDemoPosting.ts';
import { seedDemoContests } from './seedDemoContests.ts';
import { seedDemoExemplars } from './seedDemoExemplars.ts';
import { seedDemoInitiatives } from './seedDemoInitiatives.ts';
import { seedDemoSchool } from './seedDemoSchool.ts';

/** Seeds the demo school when the database has no school; returns true when it seeded. */
export async function seedDemoIfEmpty(url: string, now: Date, log: (line: string) => void): Promise<boolean> {
  const db = connectDatabase(url, { max: 2 });
  try {
    if ((await db.prisma.school.count()) > 0) return false;
    await seedDemoSchool(db.prisma, now);
    await seedDemoInitiatives(db.prisma, now);
    await seedDemoCouncilCycle(db.prisma);
    await seedDemoDossier(db.prisma);
    await seedDemoPosting(db.prisma);
    await seedDemoExemplars(db.prisma);
    await seedDemoContests(db.prisma, now);
    log('Seeded the demo school (Trường Tiểu học Lý Thường Kiệt).');
    return true;
  } finally {
    await db.close();
  }
}
