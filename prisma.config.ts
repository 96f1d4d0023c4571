// Prisma CLI configuration. The CLI is used only for `generate` here; migrations run through
// src/db/migrate (Prisma's WASM schema engine), see docs/decisions/002-offline-migrations.md.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
