import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { PracticeDetail } from './PracticeDetail';
import { skillKeyOf, SkillsEditor } from './SkillsEditor';
import { buildAdopter, buildPractice } from './testFactories';

const PRACTICE = `/api/spaces/${SPACE_ID}/practices/p-legal`;
const LYNNE = { info: { user: { id: 'u-lynne', upn: null, name: 'Lynne Robbins' } } };

describe('archiving and restoring a practice', () => {
  const renderOwnPractice = () => {
    const practice = buildPractice({ canEdit: true, author: { userId: 'u-lynne', name: 'Lynne Robbins' } });
    const requests = stubApi({
      [`GET ${PRACTICE}`]: { body: practice },
      [`PUT ${PRACTICE}/archived`]: { body: { ...practice, archived: true } },
    });
    renderWithApp(
      <PracticeDetail spaceId={SPACE_ID} practiceId="p-legal" role="rep" onBack={vi.fn()} onEdit={vi.fn()} />,
      LYNNE,
    );
    return { practice, requests };
  };

  /** Opens the archive dialog; Tabster may mark its surface aria-hidden for a moment in jsdom. */
  const openArchiveDialog = async (user: ReturnType<typeof userEvent.setup>) => {
    await user.click(await screen.findByRole('button', { name: 'Archive' }, { timeout: 5000 }));
    // Found by role and title text: on the file's first render jsdom computes the name before the title is linked.
    const dialog = await screen.findByRole('alertdialog', { hidden: true }, { timeout: 5000 });
    expect(within(dialog).getByText('Archive this practice?')).toBeInTheDocument();
    return dialog;
  };

  it('asks once before archiving: cancel sends nothing', async () => {
    const { requests } = renderOwnPractice();
    const user = userEvent.setup();
    const dialog = await openArchiveDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(requests.filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('archives on confirm, with the etag seen', async () => {
    const { practice, requests } = renderOwnPractice();
    const user = userEvent.setup();
    const dialog = await openArchiveDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Archive', hidden: true }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({ archived: true });
    expect(put?.headers.get('if-match')).toBe(practice.etag);
  });

  it('offers "Restore" on an archived practice and no adopting', async () => {
    const practice = buildPractice({ canEdit: true, archived: true });
    const requests = stubApi({
      [`GET ${PRACTICE}`]: { body: practice },
      [`PUT ${PRACTICE}/archived`]: { body: { ...practice, archived: false } },
    });
    renderWithApp(
      <PracticeDetail spaceId={SPACE_ID} practiceId="p-legal" role="manager" onBack={vi.fn()} onEdit={vi.fn()} />,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Restore' }));
    expect(screen.getByText(/This practice is archived/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "I'll try this" })).not.toBeInTheDocument();
    await waitFor(() => expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ archived: false }));
  });
});

describe('withdrawing an adoption', () => {
  it('asks once, then takes the adoption back', async () => {
    const practice = buildPractice({ myAdoption: buildAdopter({ userId: 'u-alex', name: 'Alex Wilber' }) });
    const requests = stubApi({
      [`GET ${PRACTICE}`]: { body: practice },
      [`DELETE ${PRACTICE}/adoptions`]: { body: practice },
    });
    renderWithApp(<PracticeDetail spaceId={SPACE_ID} practiceId="p-legal" role="rep" onBack={vi.fn()} />);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 2, name: 'Legal review in five days' }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Stop trying this' }));
    // Tabster may mark the surface aria-hidden for a moment in jsdom; the name is what matters here.
    const dialog = await screen.findByRole(
      'alertdialog',
      { name: 'Stop trying this practice?', hidden: true },
      { timeout: 5000 },
    );
    expect(requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Stop trying this', hidden: true }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1));
  });
});

describe('the skill list editor', () => {
  it('makes keys the API accepts from names', () => {
    expect(skillKeyOf('Partner selling')).toBe('partnerSelling');
    expect(skillKeyOf('Négociation avancée')).toBe('negociationAvancee');
    expect(skillKeyOf('3 whys')).toBe('skillWhys');
    expect(skillKeyOf('???')).toBe('skill');
  });

  it('adds, renames and retires skills and saves the whole list with the etag it loaded', async () => {
    const requests = stubApi({
      [`GET /api/spaces/${SPACE_ID}/skills`]: {
        body: {
          items: [
            { key: 'discovery', label: 'Discovery' },
            { key: 'negotiation', label: 'Negotiation' },
          ],
          etag: '"list-1"',
        },
      },
      [`PUT /api/spaces/${SPACE_ID}/skills`]: (request) => ({
        body: { items: (request.body as { skills: unknown[] }).skills, etag: '"list-2"' },
      }),
    });
    renderWithApp(<SkillsEditor spaceId={SPACE_ID} onDone={vi.fn()} />);
    const user = userEvent.setup();
    const name = await screen.findByRole('textbox', { name: 'Name of Discovery' });
    await user.clear(name);
    await user.type(name, 'Discovery calls');
    await user.click(screen.getByRole('button', { name: 'Retire Negotiation' }));
    await user.type(screen.getByRole('textbox', { name: 'New skill' }), 'Partner selling');
    await user.click(screen.getByRole('button', { name: 'Add a skill' }));
    await user.click(screen.getByRole('button', { name: 'Save the skill list' }));
    await screen.findByText('The skill list is saved.');
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.headers.get('if-match')).toBe('"list-1"');
    expect(put?.body).toEqual({
      skills: [
        { key: 'discovery', label: 'Discovery calls' },
        { key: 'negotiation', label: 'Negotiation', retired: true },
        { key: 'partnerSelling', label: 'Partner selling' },
      ],
    });
  });
});
