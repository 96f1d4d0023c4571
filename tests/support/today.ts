// A fixed calendar day for unit tests that need "today" (birth dates are checked against it).
export const TODAY = new Date('2026-11-26T00:00:00Z');
