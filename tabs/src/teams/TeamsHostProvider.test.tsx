import type { app as teamsApp } from '@microsoft/teams-js';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TeamsHostProvider } from './TeamsHostProvider';
import { useTeams } from './context';

const host = vi.hoisted(() => ({
  themeHandler: null as ((theme: string) => void) | null,
  initialize: vi.fn(() => Promise.resolve()),
  notifySuccess: vi.fn(() => Promise.resolve()),
  notifyFailure: vi.fn(),
  getAuthToken: vi.fn(() => Promise.resolve('sso-token')),
}));

const context = {
  app: {
    locale: 'en-gb',
    theme: 'dark',
    sessionId: 's',
    host: { name: 'Teams', clientType: 'desktop', sessionId: 'h' },
  },
  page: { id: 'space:a7e4c1d2', frameContext: 'sidePanel' },
  user: { id: 'oid-1', displayName: 'Megan Bowen', userPrincipalName: 'megan@northwind.test', tenant: { id: 'tid-1' } },
  meeting: { id: 'meeting-1' },
  chat: { id: '19:meeting_x@thread.v2' },
  dialogParameters: {},
} as unknown as teamsApp.Context;

vi.mock('@microsoft/teams-js', () => ({
  app: {
    initialize: host.initialize,
    getContext: () => Promise.resolve(context),
    registerOnThemeChangeHandler: (handler: (theme: string) => void) => {
      host.themeHandler = handler;
    },
    notifySuccess: host.notifySuccess,
    notifyFailure: host.notifyFailure,
    FailedReason: { Other: 'Other' },
  },
  authentication: { getAuthToken: host.getAuthToken },
}));

function Probe() {
  const teams = useTeams();
  return (
    <main>
      <p>frame: {teams.info.frameContext}</p>
      <p>theme: {teams.info.theme}</p>
      <p>locale: {teams.info.locale}</p>
      <p>page: {teams.info.pageId}</p>
      <p>meeting: {teams.info.meetingId}</p>
      <p>user: {teams.info.user?.name}</p>
      <button onClick={() => void Promise.all([teams.getToken(), teams.getToken()])}>tokens</button>
      <button
        onClick={() => {
          teams.reportLoaded();
          teams.reportLoaded();
          teams.reportLoadFailed('late');
        }}
      >
        loaded
      </button>
    </main>
  );
}

describe('Teams host provider', () => {
  it('initializes teams-js once, maps the context, follows theme changes and reports loading once', async () => {
    render(
      <TeamsHostProvider pending={<p>connecting</p>} failed={<p>failed</p>}>
        <Probe />
      </TeamsHostProvider>,
    );

    expect(screen.getByText('connecting')).toBeInTheDocument();
    expect(await screen.findByText('frame: sidePanel')).toBeInTheDocument();
    expect(screen.getByText('theme: dark')).toBeInTheDocument();
    expect(screen.getByText('locale: en-GB')).toBeInTheDocument();
    expect(screen.getByText('page: space:a7e4c1d2')).toBeInTheDocument();
    expect(screen.getByText('meeting: meeting-1')).toBeInTheDocument();
    expect(screen.getByText('user: Megan Bowen')).toBeInTheDocument();
    expect(host.initialize).toHaveBeenCalledTimes(1);
    expect(host.initialize).toHaveBeenCalledWith();

    act(() => host.themeHandler?.('contrast'));
    expect(screen.getByText('theme: contrast')).toBeInTheDocument();

    act(() => screen.getByRole('button', { name: 'tokens' }).click());
    expect(host.getAuthToken).toHaveBeenCalledTimes(1);

    act(() => screen.getByRole('button', { name: 'loaded' }).click());
    expect(host.notifySuccess).toHaveBeenCalledTimes(1);
    expect(host.notifyFailure).not.toHaveBeenCalled();
  });
});
