import { PracticeResponse, type AdopterResponse } from '@coachboard/api/domain';
import { SPACE_ID } from '../../test/factories';

/** An adopter as the practice detail presents it. */
export function buildAdopter(overrides: Partial<AdopterResponse> = {}): AdopterResponse {
  return {
    userId: 'u-lynne',
    name: 'Lynne Robbins',
    adoptedAt: '2026-03-10T09:00:00.000Z',
    followUpAt: '2026-03-24T09:00:00.000Z',
    status: 'trying',
    outcome: null,
    note: '',
    outcomeAt: null,
    ...overrides,
  };
}

/** A practice as `GET /api/spaces/{id}/practices/{id}` presents it (checked against the contract). */
export function buildPractice(overrides: Partial<PracticeResponse> = {}): PracticeResponse {
  return PracticeResponse.parse({
    id: 'p-legal',
    spaceId: SPACE_ID,
    title: 'Legal review in five days',
    result: {
      text: 'Fabrikam legal signed in 5 days instead of 26.',
      measure: { kind: 'cycleShortened', days: 21 },
      measureText: 'Sales cycle shortened by 21 days',
    },
    actions: ['Asked the champion who signs off in legal.', 'Sent the pre-redlined MSA before the proposal.'],
    context: { segment: 'enterprise', stage: 'negotiation', dealSize: null, customerRole: 'legal' },
    evidence: [],
    tags: ['negotiation'],
    author: { userId: 'u-diego', name: 'Diego Siciliani' },
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    proven: false,
    provenAt: null,
    discussedAt: null,
    archived: false,
    adoption: {
      adoptionCount: 0,
      tryingCount: 0,
      workedCount: 0,
      didNotWorkCount: 0,
      notApplicableCount: 0,
      successRate: null,
    },
    etag: '"p1"',
    adopters: [],
    myAdoption: null,
    canEdit: false,
    provenSupport: { supported: false, reason: 'Needs at least 3 peers to report whether it worked; 0 have so far.' },
    ...overrides,
  });
}
