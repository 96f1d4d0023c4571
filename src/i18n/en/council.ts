// English messages: council membership periods (same keys as the Vietnamese part).
import type { council as vi } from '../vi/council.ts';

export const council: Record<keyof typeof vi, string> = {
  'council.oneChair': 'The council has one chair only.',
  'council.laterDecisionExists': 'A decision already takes effect on or after this date; choose a later effective date.',
  'council.effectiveOutsideYear': 'The effective date must fall within this school year.',
  'council.chairOverlap': 'Another chair holds office at the same time; reload the page and check.',
  'council.effectiveOn': 'Effective from',
  'council.effectiveOnHint': 'Leave empty when the decision takes effect on its signing date.',
  'council.membersHint':
    'Starts from the current council. Change roles, add, remove or replace members; those no longer listed leave office the day before the effective date.',
  'council.initiativeCouncil': 'Initiative council',
  'council.membersOn': 'Council members on {date}',
  'council.initiativeMembersOn': 'Initiative council members on {date}',
  'council.noMembersOn': 'Nobody sits on the council on this date.',
  'council.period': 'Period',
  'council.periodOpen': 'from {from}',
  'council.periodClosed': '{from} – {to}',
  'council.termsOfYear': 'Terms during the school year',
  'council.decisionEffective': 'Decision no. {number} signed on {date}, effective from {effective}',
  'council.endedBy': 'left by decision no. {number}',
  'council.viewOn': 'Show date',
};
