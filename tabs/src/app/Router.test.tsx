import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSpace } from '../test/factories';
import { stubApi } from '../test/fakeApi';
import { renderWithApp } from '../test/render';
import { Router } from './Router';
import { routeFor, routeKey } from './routes';

describe('Router', () => {
  it('normalizes paths to route keys', () => {
    expect(routeKey('/')).toBe('/');
    expect(routeKey('')).toBe('/');
    expect(routeKey('/SidePanel/')).toBe('/sidepanel');
    expect(routeKey('/channel')).toBe('/channel');
  });

  it('lets the Teams frame context pick the surface of a meeting tab URL', () => {
    expect(routeFor('/details', 'sidePanel')).toBe('/sidepanel');
    expect(routeFor('/details', 'meetingStage')).toBe('/stage');
    expect(routeFor('/details', 'content')).toBe('/details');
    expect(routeFor('/config', 'settings')).toBe('/config');
    expect(routeFor('/Channel/', null)).toBe('/channel');
  });

  it('loads the page of a surface lazily', async () => {
    stubApi({ 'GET /api/spaces': { body: { items: [buildSpace()] } } });
    renderWithApp(<Router pathname="/personal" />);

    expect(await screen.findByRole('heading', { level: 1, name: 'My coaching' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'Northwind Sales' })).toBeInTheDocument();
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });

  it('shows the side panel when Teams opens the meeting tab URL in the side panel', async () => {
    stubApi({ 'GET /api/spaces': { body: { items: [] } } });
    renderWithApp(<Router pathname="/details" />, { info: { inTeams: true, frameContext: 'sidePanel' } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Run the meeting' })).toBeInTheDocument();
  });

  it('says so when a path is not a surface', () => {
    renderWithApp(<Router pathname="/nowhere" />);

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
  });
});
