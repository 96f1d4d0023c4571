// English messages: workflow commands (same keys as the Vietnamese part).
import type { commands as vi } from '../vi/commands.ts';

export const commands: Record<keyof typeof vi, string> = {
  'registrations.chooseTitleOrForm': 'Please choose at least one title or form of commendation.',
  'registrations.emptyCannotBeApproved':
    'This registration names no title or form of commendation, so it cannot be approved. Please return it to be completed.',
  'registrations.summaryIssued': 'The new summary was numbered {symbol}.',
  'registrations.summaryVersions': 'Issued versions',
  'registrations.summaryNewVersion': 'Issue a new version',
  'registrations.summaryNewVersionHelp':
    'Downloading again always gives the document as issued. When the approved list changes, issue a new version: it gets a new number.',
};
