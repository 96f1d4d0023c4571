-- Hand-written (ADR 021): publishing a writing contest's results issues the council's Thông báo kết quả cuộc thi,
-- registered with subject 'Contest' (subjectId = the contest). Every earlier subject is kept.
ALTER TABLE "IssuedDocument" DROP CONSTRAINT "IssuedDocument_subject_check";
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_subject_check"
  CHECK (("subject" IS NULL AND "subjectId" IS NULL) OR ("subject" IN ('Plan', 'RegistrationSummary', 'InitiativeMinutes', 'InitiativeDecision', 'Meeting', 'Complaint', 'YearReport', 'Contest') AND "subjectId" IS NOT NULL));
