import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { IntlProvider } from 'react-intl';
import { vi } from 'vitest';
import { roleplayMessages } from '../features/roleplays/RoleplayMessages';
import { asCatalogue } from '../i18n/catalogue';
import { en } from '../i18n/en';
import { boardMessages } from '../i18n/en.boards';
import { meetingMessages } from '../i18n/en.meetings';
import { observationMessages } from '../i18n/en.observations';
import { practiceMessages } from '../i18n/en.practices';
import { createApiClient } from '../lib/api';
import { ApiContext } from '../lib/apiContext';
import { TeamsContext, type LocalSession, type TeamsApi, type TeamsInfo } from '../teams/context';

/** Where a test page runs: outside Teams (the default) or in a Teams frame context. */
export interface RenderOptions {
  /** Fields of the Teams context; `inTeams: true` makes it a Teams host. */
  info?: Partial<TeamsInfo>;
  /** Overrides of the local session (outside Teams only). */
  local?: Partial<LocalSession>;
}

/** A Teams layer for tests: signed in as Megan Bowen, load reports recorded. */
export function buildTeamsApi({ info = {}, local = {} }: RenderOptions = {}): TeamsApi {
  const inTeams = info.inTeams ?? false;
  return {
    info: {
      inTeams,
      frameContext: 'content',
      hostClientType: 'web',
      locale: 'en-US',
      theme: 'default',
      user: { id: 'u-megan', upn: null, name: 'Megan Bowen' },
      tenantId: '6f1c2d3e-4b5a-4c6d-8e7f-90a1b2c3d4e5',
      teamId: null,
      channelId: null,
      chatId: null,
      meetingId: null,
      pageId: null,
      ...info,
    },
    getToken: () => Promise.resolve('test-token'),
    reportLoaded: vi.fn(),
    reportLoadFailed: vi.fn(),
    local: inTeams
      ? null
      : {
          user: { tenantId: 't', userId: 'u-megan', name: 'Megan Bowen', title: 'Sales manager' },
          endedBecause: null,
          signIn: vi.fn(),
          signOut: vi.fn(),
          setTheme: vi.fn(),
          ...local,
        },
  };
}

/** The app's texts and every area's own (which an area's views add themselves when a page loads them). */
const messages = asCatalogue({
  ...en,
  ...boardMessages,
  ...meetingMessages,
  ...observationMessages,
  ...practiceMessages,
  ...roleplayMessages,
});

/** Renders UI inside the app's providers with a real API client over the (stubbed) global fetch. */
export function renderWithApp(
  ui: ReactElement,
  options: RenderOptions = {},
): RenderResult & { teams: TeamsApi; queryClient: QueryClient } {
  const teams = buildTeamsApi(options);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const api = createApiClient({ getToken: teams.getToken });
  const result = render(
    <TeamsContext.Provider value={teams}>
      <FluentProvider theme={teamsLightTheme}>
        <IntlProvider locale={teams.info.locale} defaultLocale="en" messages={messages}>
          <ApiContext.Provider value={api}>
            <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
          </ApiContext.Provider>
        </IntlProvider>
      </FluentProvider>
    </TeamsContext.Provider>,
  );
  return { ...result, teams, queryClient };
}
