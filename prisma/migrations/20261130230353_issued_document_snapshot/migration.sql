-- AlterTable
ALTER TABLE "IssuedDocument" ADD COLUMN     "snapshot" JSONB;
