-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "acceptedOn" DATE;

-- Cases logged before this migration had their deadline counted from the day of receipt: they read as accepted on
-- that day, which keeps their stored deadline (the earliest the law allows) and its meaning.
UPDATE "Complaint" SET "acceptedOn" = "receivedOn" WHERE kind IN ('khieu_nai', 'to_cao');

-- A case is accepted on or after the day it was received.
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_acceptedOn_check" CHECK ("acceptedOn" IS NULL OR "acceptedOn" >= "receivedOn");
