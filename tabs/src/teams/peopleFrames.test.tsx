import { describe, expect, it } from 'vitest';
import { framePicksPeople, peopleSourceFor } from './peopleFrames';

const base = { inTeams: true, frameContext: 'content', channelId: null, chatId: null };
const supported = () => true;

describe('where people are chosen from', () => {
  it('is the demo directory outside Teams', () => {
    expect(peopleSourceFor({ ...base, inTeams: false }, supported)).toEqual({ kind: 'directory' });
  });

  it('is the Teams picker scoped to the channel or chat in a tab that is in one, else the organization', () => {
    expect(peopleSourceFor({ ...base, channelId: '19:abc@thread.tacv2' }, supported)).toEqual({
      kind: 'teams',
      scope: 'conversation',
    });
    expect(peopleSourceFor({ ...base, chatId: '19:meeting@thread.v2' }, supported)).toEqual({
      kind: 'teams',
      scope: 'conversation',
    });
    expect(peopleSourceFor(base, supported)).toEqual({ kind: 'teams', scope: 'organization' });
    expect(peopleSourceFor({ ...base, frameContext: 'settings' }, supported).kind).toBe('teams');
  });

  it('is nothing in the side panel and on the stage, where teams-js refuses the picker, without asking the host', () => {
    const asked: string[] = [];
    const ask = () => {
      asked.push('asked');
      return true;
    };
    for (const frameContext of ['sidePanel', 'meetingStage']) {
      expect(peopleSourceFor({ ...base, frameContext }, ask)).toEqual({ kind: 'unavailable', reason: 'frame' });
      expect(framePicksPeople({ inTeams: true, frameContext })).toBe(false);
    }
    expect(asked).toEqual([]);
  });

  it('is nothing where the host lacks the people capability', () => {
    expect(peopleSourceFor(base, () => false)).toEqual({ kind: 'unavailable', reason: 'host' });
  });
});
