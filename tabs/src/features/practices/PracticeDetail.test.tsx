import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { PracticeDetail } from './PracticeDetail';
import PracticeSpotlight from './PracticeSpotlight';
import { buildAdopter, buildPractice } from './testFactories';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="window.__xss=1">';

const hostile = buildPractice({
  title: `Title ${SCRIPT}`,
  result: { text: `Won ${IMG}`, measure: null, measureText: null },
  actions: [`Step ${IMG}`, `Then ${SCRIPT}`],
  evidence: [
    { kind: 'link', label: `Deck ${IMG}`, url: 'https://example.com/deck', text: null },
    { kind: 'link', label: 'Sneaky', url: 'javascript:alert(1)', text: `Body ${SCRIPT}` },
  ],
  adopters: [buildAdopter({ name: `Lynne ${IMG}`, outcome: 'worked', status: 'recorded', note: SCRIPT })],
  author: { userId: 'u-diego', name: 'Diego Siciliani' },
});

describe('PracticeDetail', () => {
  it('renders markup in every field as text, and links only http(s) evidence', async () => {
    stubApi({ [`GET /api/spaces/${SPACE_ID}/practices/p-legal`]: { body: hostile } });
    const { container } = renderWithApp(
      <PracticeDetail spaceId={SPACE_ID} practiceId="p-legal" role="manager" onBack={vi.fn()} />,
      { info: { user: { id: 'u-diego', upn: null, name: 'Diego Siciliani' } } },
    );

    expect(await screen.findByRole('heading', { level: 2, name: `Title ${SCRIPT}` })).toBeInTheDocument();
    expect(screen.getByText(`Won ${IMG}`)).toBeInTheDocument();
    expect(screen.getByText(`Step ${IMG}`)).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();

    const evidence = within(screen.getByRole('list', { name: 'Evidence' }));
    const link = evidence.getByRole('link', { name: `Deck ${IMG}` });
    expect(link).toHaveAttribute('href', 'https://example.com/deck');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(evidence.getAllByRole('link')).toHaveLength(1);
    expect(evidence.getByText('Sneaky (javascript:alert(1))')).toBeInTheDocument();

    expect(
      within(screen.getByRole('list', { name: 'Who adopted it' })).getByText(new RegExp(`Lynne <img`)),
    ).toBeInTheDocument();
  });

  it('shows the manager the reason "proven" is refused', async () => {
    stubApi({
      [`GET /api/spaces/${SPACE_ID}/practices/p-legal`]: { body: buildPractice() },
      [`GET /api/spaces/${SPACE_ID}/meetings`]: { body: { items: [] } },
      [`PUT /api/spaces/${SPACE_ID}/practices/p-legal/proven`]: {
        status: 409,
        body: {
          type: 'about:blank',
          title: 'Conflict.',
          status: 409,
          code: 'conflict',
          detail: 'Needs at least 3 peers to report whether it worked; 1 has so far.',
        },
      },
    });
    renderWithApp(<PracticeDetail spaceId={SPACE_ID} practiceId="p-legal" role="manager" onBack={vi.fn()} />);

    (await screen.findByRole('button', { name: 'Mark proven' })).click();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Needs at least 3 peers to report whether it worked; 1 has so far.',
    );
  });
});

describe('PracticeSpotlight', () => {
  it('shows result, steps and outcomes on the stage, as text', async () => {
    const practice = buildPractice({ result: { text: `Won ${IMG}`, measure: null, measureText: null } });
    stubApi({
      [`GET /api/spaces/${SPACE_ID}/practices/p-legal/spotlight`]: {
        body: {
          practice,
          outcomes: [{ name: 'Alex Wilber', outcome: 'worked', note: SCRIPT, outcomeAt: '2026-03-20T09:00:00.000Z' }],
          trying: [{ name: 'Lynne Robbins', adoptedAt: '2026-03-20T09:00:00.000Z' }],
          provenSupport: practice.provenSupport,
        },
      },
    });
    const { container } = renderWithApp(<PracticeSpotlight spaceId={SPACE_ID} id="p-legal" density="stage" />);

    expect(await screen.findByRole('heading', { name: 'Legal review in five days' })).toBeInTheDocument();
    expect(screen.getByText(`Won ${IMG}`)).toBeInTheDocument();
    expect(screen.getByText('Sent the pre-redlined MSA before the proposal.')).toBeInTheDocument();
    expect(screen.getByText(`Alex Wilber: Worked — ${SCRIPT}`)).toBeInTheDocument();
    expect(screen.getByText('Still trying: Lynne Robbins')).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
  });
});
